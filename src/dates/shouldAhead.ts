// "should" as a forecast or a plan looks ahead as "could" and "would" do: "Chip demand should
// recover in the second half", "The bridge should open in June" (said in March: this year's).
// Not "should have" (a duty gone by: "The council should have acted in October"), nor "should've",
// "should not have", "shouldn't have". It looks ahead only before the date (tenseAround's
// nearest): after it, "should" as often judges a day gone by ("The quake on Monday should serve
// as a warning").
export const SHOULD_AHEAD_SOURCE = String.raw`should(?:n['’]t|\s+not)?(?!\s+(?:have|'ve|’ve)\b|['’]ve\b)`;

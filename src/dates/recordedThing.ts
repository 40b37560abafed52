/**
 * What is recorded, filmed or gathered at a time and kept: "dashcam footage from Friday night",
 * "CCTV images from around 11pm on Saturday", "data from Monday". A "from" after it says when the
 * record was made, a time gone by, not when something starts ("from Monday" in a plan). A regular
 * expression's alternatives, for a lookbehind.
 */
export const RECORDED_THING =
  'footage|images?|pictures?|photos?|photographs?|videos?|recordings?|clips?|CCTV|data|readings|samples|evidence';

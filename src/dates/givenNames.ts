/**
 * Common English given names that are seldom surnames, for telling "Sgt. Joe Friday" (a given name,
 * then a weekday that is the surname) from "Judge Smith Friday ruled" (a surname, then the day).
 * Names wire copy also writes as surnames ("Martin", "Thomas", "Scott", "James", "Lee", "Grant",
 * "Ryan", "Patrick", "Dennis", "Keith", "Kim", "Sharon") are left out, so "Judge Martin Friday
 * ruled" and "Gov. Ryan Friday commuted the sentences" keep their day.
 */
export const GIVEN_NAME_SOURCE = [
  'Joe|Joey|Mike|Tom|Tommy|Jim|Jimmy|Bob|Bobby|Bill|Billy|Dan|Danny|Dave|Steve|Tony|Ed|Eddie|Jeff',
  'Rob|Chris|Matt|Andy|Pete|Nick|Ken|Ron|Don|Greg|Rick|Jack|Sam|Ben|Joshua|Jason|Kevin|Brian',
  'John|Michael|David|Richard|Robert|Charles|Christopher|Daniel|Matthew|Anthony|Steven',
  'Andrew|Kenneth|Timothy|Ronald|Jeffrey|Gary|Eric|Jonathan|Larry|Justin|Samuel',
  'Jerry|Jose|Adam|Nathan|Jeremy|Roger|Sean|Joseph|Mark|Peter',
  'Ann|Anne|Sarah|Mary|Susan|Linda|Karen|Lisa|Nancy|Jennifer|Michelle|Elizabeth|Barbara',
  'Patricia|Margaret|Jane|Kate|Emma|Laura|Rachel|Helen|Ruth|Joan|Donna|Carol|Sandra|Deborah',
  'Julie|Amy|Jessica|Heather|Melissa|Stephanie|Rebecca|Christine|Catherine|Katherine|Diane',
  'Cathy|Kathy|Sue|Pam|Janet|Maria|Angela|Brenda|Cynthia|Debbie|Tina|Wendy',
].join('|');

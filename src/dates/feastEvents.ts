// The words naming how a feast is kept ("New Year's Eve celebrations", "Christmas festivities").
export const FEAST_CELEBRATION_SOURCE = 'celebrations?|festivities';

// The events a feast's day is kept with, named after it ("New Year's Eve fireworks", "the Boxing
// Day party"): its celebrations, its parties and its fireworks. Each reading adds the events of
// its own (a plan's parades and services, the new year's honours).
export const FEAST_EVENT_SOURCE = `${FEAST_CELEBRATION_SOURCE}|parties|party|fireworks`;

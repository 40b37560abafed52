/** How the page marks an event `npm run draft` proposed and no editor has reviewed yet. */
export const draftWords = {
  badge: 'Draft',
  /** Said once in the details and read out with every item, so colour or style is never the only sign. */
  explanation: 'Drafted from the articles by Sourceline; not yet reviewed by an editor.',
  short: 'draft, not yet reviewed',
} as const;

import { z } from 'zod/mini';
import { TimelineEvent } from './event.ts';
import { Source } from './source.ts';
import { Story } from './story.ts';

/**
 * public/timeline.json: what `npm run data` writes and the app loads. Validated with this
 * schema on both sides, so the two can never drift apart.
 */
export const Dataset = z
  .strictObject({
    version: z.literal(1),
    story: Story,
    sources: z.array(Source).check(z.minLength(1)),
    events: z.array(TimelineEvent),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
      const kinds = new Set(dataset.story.kinds.map((k) => k.id));
      dataset.events.forEach((event, i) => {
        if (!kinds.has(event.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'kind'],
            message: `unknown kind "${event.kind}": not in story.kinds`,
          });
        }
        event.evidence.forEach((evidence, j) => {
          const text = texts.get(evidence.source);
          const path = ['events', i, 'evidence', j];
          if (text === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'source'],
              message: `unknown source "${evidence.source}"`,
            });
          } else if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'start'],
              message: 'offsets do not hold: text.slice(start, end) differs from quote',
            });
          }
        });
      });
    }),
  );
export type Dataset = z.infer<typeof Dataset>;

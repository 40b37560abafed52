import { runDataBuild } from '../dataset/runDataBuild.ts';
import { timelinePath, type StoryFolder } from '../dataset/storyFolder.ts';

/**
 * The first step of every command that shows or publishes a story: `npm run data` on it, with
 * its report on the console. Exits with the build's status when the inputs are refused. Then
 * tells vite.config.ts's plugins which story and dataset to use.
 */
export function buildStoryData(story: StoryFolder): void {
  const code = runDataBuild({
    root: story.root,
    out: timelinePath,
    log: (line) => console.log(line),
    fail: (line) => console.error(line),
  });
  if (code !== 0) process.exit(code);
  process.env.SOURCELINE_STORY = story.root;
  process.env.SOURCELINE_DATA = story.timeline;
}

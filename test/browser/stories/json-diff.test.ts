import * as stories from '../../../stories/json-diff.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/json-diff.stories.ts', stories);

import * as stories from '../../../stories/linked.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/linked.stories.ts', stories);

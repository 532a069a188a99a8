import * as stories from '../../../stories/detail.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/detail.stories.ts', stories);

import * as stories from '../../../stories/map.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/map.stories.ts', stories);

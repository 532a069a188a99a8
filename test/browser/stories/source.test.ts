import * as stories from '../../../stories/source.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/source.stories.ts', stories);

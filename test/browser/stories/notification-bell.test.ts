import * as stories from '../../../stories/notification-bell.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/notification-bell.stories.ts', stories);

/** Turns authentik's admin URL of an event (`#/events/log/<pk>`) into the demo's (`?event=<pk>`). */
const match = /^#\/events\/log\/([0-9a-fA-F-]{32,36})\/?$/.exec(location.hash);
const target = new URL('../../', location.href);
if (match) target.searchParams.set('event', match[1]!);
location.replace(target.href);

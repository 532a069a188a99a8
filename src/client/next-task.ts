/**
 * A fresh task: a MessageChannel message, which (unlike nested `setTimeout`) is never clamped to
 * 4 ms; a timer where there is no MessageChannel. Used to slice long work so the page gets a turn.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

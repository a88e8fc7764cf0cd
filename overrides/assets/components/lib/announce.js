// Announcements through a live region (role="status"): screen readers read
// the text when it changes.

/**
 * A speaker for one live region. say(text) sets the text at once; say(text, delay)
 * waits until nothing new came for `delay` ms (while the reader types, the count
 * is announced once they pause, not at every key). Only the latest text is said.
 */
export function liveRegion(element) {
  let timer = 0;
  return {
    say(text, delay = 0) {
      window.clearTimeout(timer);
      if (!delay) {
        element.textContent = text;
        return;
      }
      timer = window.setTimeout(() => {
        element.textContent = text;
      }, delay);
    },
    /** Set the text only when it differs: a region announces changed text, and the first text needs no wait. */
    update(text) {
      window.clearTimeout(timer);
      if (element.textContent !== text) element.textContent = text;
    },
  };
}

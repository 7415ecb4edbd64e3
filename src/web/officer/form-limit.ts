/** A bound on the size of an officer form: the longest note a verb accepts is a few kilobytes. */
import { bodyLimit } from 'hono/body-limit';

export const formLimit = bodyLimit({
  maxSize: 64 * 1024,
  onError: (c) => c.text('Biểu mẫu quá lớn. / The form is too large.', 413),
});

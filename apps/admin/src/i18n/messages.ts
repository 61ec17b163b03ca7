/** A tree of messages: react-admin's and polyglot's shape, every leaf a string. */
export type Messages = { [key: string]: string | Messages };

/** Same shape as the English messages, every leaf a string: a missing key does not compile. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

type AllOf<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/**
 * Deep-merges the shared and the areas' messages into one tree, typed as all of them. Two parts
 * giving the same key is a mistake (one would silently win), so it throws.
 */
export const mergeMessages = <T extends Messages[]>(...parts: T): AllOf<T[number]> => {
  const into = (target: Messages, source: Messages, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const at = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (typeof value === 'string' || typeof existing === 'string') {
        if (existing !== undefined) throw new Error(`The message ${at} is given twice`);
        target[key] = value;
      } else {
        const branch: Messages = existing ?? {};
        into(branch, value, at);
        target[key] = branch;
      }
    }
  };
  const merged: Messages = {};
  for (const part of parts) into(merged, part, '');
  return merged as AllOf<T[number]>;
};

/**
 * A function of a string remembered for the strings it was last asked about: for answers a file's model or
 * checks ask again on every build (a designation's singular, a name's comparison key). The strings are what
 * a user types, and a language server sees each prefix of them, so at most `limit` are kept: past that, the
 * memory starts afresh.
 */
export function boundedMemo<R>(limit: number, compute: (key: string) => R): (key: string) => R {
    const known = new Map<string, R>();
    return (key) => {
        const kept = known.get(key);
        if (kept !== undefined || known.has(key)) return kept as R;
        if (known.size >= limit) known.clear();
        const value = compute(key);
        known.set(key, value);
        return value;
    };
}

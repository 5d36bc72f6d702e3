/** Targets refused so far in this thread (workers report theirs on stderr). */
export declare function blockedAttempts(): string[];

#ifndef JIANBAO_ATOMIC_SWAP_H
#define JIANBAO_ATOMIC_SWAP_H

/// Atomically exchanges two existing paths; returns 0, or -1 with errno set.
int jianbao_exchange_paths(const char *first, const char *second);

#endif

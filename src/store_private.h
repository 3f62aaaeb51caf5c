/* store_private.h: what the store's own files (store_*.c) and its tests share,
 * and nothing else may use: the SQLite handle and the shipped migrations. */
#ifndef STORE_PRIVATE_H
#define STORE_PRIVATE_H

#include <sqlite3.h>

#include "store.h"

sqlite3 *store_db(store *s);
/* The migrations as shipped: migration i takes the schema from version i to i+1. */
int store_migration_count(void);
const char *store_migration(int i);

#endif

/* store.c - the store stage: the embedded store on disk and SPARQL.

   A Redland librdf storage of type "sqlite" holds one named graph per report
   (its report IRI) and one corpus graph, {base}graph/entities, where the
   descriptions of countries, cities, organizations, people and summits meet
   whichever report named them.  A report is loaded in a transaction that
   commits a group of reports: its old graph is removed and the new one
   added, and a failure rolls the group back, so a report is whole or absent
   whatever happens, and loading it twice gives the store of once.

   librdf reads the store (SPARQL, export, stats); summitkg writes it.  The
   sqlite storage compiles SQL for each of the five to ten statements it runs
   per triple added (finding or adding the subject, predicate and object in
   uris/literals, asking whether the triple is there, inserting it): about
   60% of a load's time went to sqlite3_prepare_v2 and 90% to
   librdf_model_context_add_statement.  So the loader writes librdf's own
   tables itself, through a second connection to the same file, with SQL
   prepared once and the ids of recent nodes remembered, and does per row what
   the storage does (same tables, same columns, the id librdf would pick when
   it looks a node up): the store is one librdf reads as if it had written it,
   and one librdf wrote before loads on unchanged.

   Why sqlite, and why the extra indexes: librdf's sqlite schema indexes
   subjects and URIs, so every literal, object and graph lookup would scan a
   table that grows with the corpus; open_db() gives each lookup one index,
   and no more, as every index makes each report's commit write more pages
   (scripts/bench-store measures it).
   Berkeley DB "hashes" loads faster but has no transactions, and a killed
   load must leave every report whole or absent. */
#include "store.h"

#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include <redland.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "serialize.h"

/* The loader's SQL, prepared at the first load.  The columns and the values
   are those of librdf's rdf_storage_sqlite.c (1.0.17): a node is a row of
   uris, blanks or literals (a literal's datatype the id of its URI), a triple
   a row of triples with the id of each part in the column of its kind and
   NULL in the others. */
enum {
  SQL_BEGIN, SQL_COMMIT, SQL_ROLLBACK, SQL_FIND_URI, SQL_ADD_URI, SQL_FIND_BLANK, SQL_ADD_BLANK,
  SQL_FIND_LITERAL, SQL_ADD_LITERAL, SQL_HAS_TRIPLE, SQL_ADD_TRIPLE, SQL_REMOVE_GRAPH, N_SQL
};
static const char *const loader_sql[N_SQL] = {
  [SQL_BEGIN] = "BEGIN IMMEDIATE",
  [SQL_COMMIT] = "COMMIT",
  [SQL_ROLLBACK] = "ROLLBACK",
  [SQL_FIND_URI] = "SELECT id FROM uris WHERE uri = ?1",
  [SQL_ADD_URI] = "INSERT INTO uris (id, uri) VALUES (NULL, ?1)",
  [SQL_FIND_BLANK] = "SELECT id FROM blanks WHERE blank = ?1",
  [SQL_ADD_BLANK] = "INSERT INTO blanks (id, blank) VALUES (NULL, ?1)",
  [SQL_FIND_LITERAL] = "SELECT id FROM literals WHERE text = ?1 AND language IS ?2 AND datatype IS ?3",
  [SQL_ADD_LITERAL] = "INSERT INTO literals (id, text, language, datatype) VALUES (NULL, ?1, ?2, ?3)",
  [SQL_HAS_TRIPLE] = "SELECT 1 FROM triples WHERE subjectUri IS ?1 AND subjectBlank IS ?2 AND predicateUri = ?3"
                     " AND objectUri IS ?4 AND objectBlank IS ?5 AND objectLiteral IS ?6 AND contextUri = ?7"
                     " LIMIT 1",
  [SQL_ADD_TRIPLE] = "INSERT INTO triples (subjectUri, subjectBlank, predicateUri, objectUri, objectBlank,"
                     " objectLiteral, contextUri) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [SQL_REMOVE_GRAPH] = "DELETE FROM triples WHERE contextUri = ?1",
};

/* Ids of nodes met before, so that the predicates, classes, countries and
   datatypes every report repeats cost no SQL: a fixed table, one entry a slot,
   a newcomer replacing what was there, so that memory stays bounded however
   large the corpus.  Keys longer than ID_KEY_MAX (sentences) are not kept. */
enum { ID_SLOTS = 1 << 16, ID_KEY_MAX = 512 };
typedef struct {
  char         *key;   /* kind, then the node's text; NULL: empty slot */
  size_t        len;
  sqlite3_int64 id;
} id_slot;

struct skg_store {
  skg_ctx        *ctx;
  unsigned        errors;   /* errors librdf reported; a read that adds one failed */
  skg_buf         why;      /* the first of them since the last skg_store_failed() */
  skg_buf         where;    /* its line and column, for a query's syntax error ("" none) */
  librdf_world   *world;
  librdf_storage *storage;
  librdf_model   *model;
  char           *path;
  sqlite3        *db;       /* summitkg's own connection: the indexes, and the loader */
  sqlite3_stmt   *sql[N_SQL]; /* loader_sql, prepared; NULL before the first load */
  int             wal;      /* the first load put the file in WAL mode: back at close */
  id_slot        *ids;      /* ID_SLOTS of them, made at the first load */
  unsigned        group_max; /* reports a transaction holds at most (skg_store_set_group) */
  unsigned        group_ms;  /* and milliseconds it stays open at most */
  unsigned        pending;   /* reports loaded in the open transaction, not yet committed */
  unsigned long long pending_statements; /* and their statements */
  struct timespec group_start; /* when the open transaction began */
  skg_buf         key;      /* scratch for id keys */
};

/* librdf's and rasqal's errors are kept, not printed: one failure gives them
   by the dozen (each statement finalized after a malformed page says so
   again), and the one who knows what was being done says it once
   (skg_store_failed()).  rasqal warns of unbound aggregate variables in
   correct queries: errors only. */
static int
rdf_log(void *data, librdf_log_message *m)
{
  skg_store *store = data;
  if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR)
    return 1;
  ++store->errors;
  if (!store->why.len) {
    const char *text = librdf_log_message_message(m);
    /* "SQLite database X SQL exec '...' failed - WHY (11)": only WHY says it */
    const char *dash = text ? strstr(text, " failed - ") : NULL;
    const char *why = dash ? dash + 10 : text ? text : "unknown error";
    size_t len = strlen(why);
    while (dash && len && (why[len - 1] == ')' || (why[len - 1] >= '0' && why[len - 1] <= '9')))
      --len;
    if (dash && len > 1 && why[len - 1] == '(' && why[len - 2] == ' ')
      len -= 2;
    else if (dash)
      len = strlen(why);
    skg_buf_append(&store->why, why, len); /* failing to: "unknown error" below */
    raptor_locator *at = librdf_log_message_locator(m);
    if (at && at->line > 0)
      skg_buf_printf(&store->where, at->column > 0 ? "line %d, column %d" : "line %d", at->line, at->column);
  }
  return 1; /* handled: librdf prints nothing itself */
}

skg_ctx *
skg_store_context(const skg_store *store)
{
  return store->ctx;
}

librdf_world *
skg_store_world(const skg_store *store)
{
  return store->world;
}

librdf_model *
skg_store_model(const skg_store *store)
{
  return store->model;
}

unsigned
skg_store_errors_since(const skg_store *store, unsigned before)
{
  return store->errors - before;
}

unsigned
skg_store_mark(skg_store *store)
{
  skg_buf_clear(&store->why);
  skg_buf_clear(&store->where);
  return store->errors;
}

const char *
skg_store_error_text(const skg_store *store, const char **where)
{
  if (where)
    *where = store->where.len ? store->where.data : NULL;
  return store->why.len ? store->why.data : "unknown error";
}

skg_status
skg_store_failed(skg_store *store, unsigned errors_before, const char *what)
{
  if (store->errors == errors_before)
    return SKG_OK;
  skg_status st = skg_err(store->ctx, SKG_ERR_STORE, "%s: %s: %s", store->path, what,
                          skg_store_error_text(store, NULL));
  skg_store_mark(store); /* the next failure's first message is its own */
  return st;
}

/* Open summitkg's connection to the file librdf has opened (and made, if
   new), and give the store the indexes its readers and its loader use;
   CREATE INDEX IF NOT EXISTS and DROP INDEX IF EXISTS make this cheap on
   every open.

   Which indexes: librdf looks triples up with "WHERE T.column = id AND ..."
   on the bound parts of a pattern.  Traced over tests/store.sh and the
   queries of queries/, it asks subject+predicate (nearly every lookup:
   rasqal joins pattern by pattern), predicate alone, predicate+object,
   subject+predicate+object, and a graph (export); a user's pattern may bind
   an object or a literal alone.  An index costs a load more than its
   entries: each report's commit writes every index page it touches, and in
   an index led by a node many reports share (a class, a country, a label,
   a predicate) the report's rows go to the end of that node's entries, one
   page per node, scattered over an index that grows with the store.  So
   each lookup has one index, and no index holds entries it is never asked
   for (measured, 100 reports into a store of 2,000: 730 pages written per
   report, 905 with the indexes before; into a new store 303 and 362):
   - skg_statement_index (subject, predicate, object, literal, graph):
     subject, subject+predicate, the whole triple (the loader's "is it in
     the corpus graph?").  librdf's own spindex (subjectUri, subjectBlank,
     predicateUri) served the subject lookups again, 15% of a report's
     pages: dropped.  skg_blank_subject_index serves a blank subject and
     holds only triples that have one (none in a store summitkg loads);
   - skg_predicate_only_index (predicate): a pattern binding the predicate
     only;
   - skg_uri_object_index (object, predicate): an object, and
     predicate+object, in one index where there were two, and only the
     triples whose object is a URI (an index of NULLs by predicate would
     touch a page per predicate of every report for nothing);
   - no index by literal object: 37% of a store's triples have a literal
     object, nine in ten of them the evidence's offsets, rule, confidence
     and quotation, values many reports share, so that such an index grew
     the cost of each report with the store more than anything else (10,000
     reports: 126 s with it, 89 to 110 s in five runs without; README,
     Speed).  A pattern binding a literal
     and its predicate reads the predicate's triples instead (a label in a
     store of 4,000 reports: 61,000 rows, 47 ms), one binding a literal
     alone reads the table (3.3 million rows, 0.2 s);
   - skg_context_index (graph): a graph's triples, for export and for
     removing a report's graph; a new report's rows are appended. */
static skg_status
open_db(skg_store *store, const char *path, int is_new)
{
  static const char sql[] =
    "DROP INDEX IF EXISTS spindex;"
    "DROP INDEX IF EXISTS skg_object_index;"
    "DROP INDEX IF EXISTS skg_object_literal_index;"
    "DROP INDEX IF EXISTS skg_predicate_index;"
    "CREATE INDEX IF NOT EXISTS skg_literal_index ON literals (text, language, datatype);"
    "CREATE INDEX IF NOT EXISTS skg_statement_index ON triples "
    "(subjectUri, predicateUri, objectUri, objectLiteral, contextUri);"
    "CREATE INDEX IF NOT EXISTS skg_blank_subject_index ON triples (subjectBlank) WHERE subjectBlank IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS skg_predicate_only_index ON triples (predicateUri);"
    "CREATE INDEX IF NOT EXISTS skg_uri_object_index ON triples (objectUri, predicateUri)"
    " WHERE objectUri IS NOT NULL;"
    "DROP INDEX IF EXISTS skg_literal_object_index;"
    "CREATE INDEX IF NOT EXISTS skg_context_index ON triples (contextUri);";
  char *msg = NULL;
  int rc = sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE, NULL);
  /* a reader of the store (a query run beside a load) holds it for a moment */
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout(store->db, 10000);
  /* 2 KiB pages: each report's commit writes every index page it touched
     (see prepare_loader()), hundreds of them, and half as many bytes with
     pages of half the size; librdf made the file with sqlite's 4 KiB. */
  if (rc == SQLITE_OK && is_new)
    rc = sqlite3_exec(store->db, "PRAGMA page_size=2048; VACUUM", NULL, NULL, &msg);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(store->db, sql, NULL, NULL, &msg);
  skg_status st = SKG_OK;
  if (rc != SQLITE_OK)
    st = skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot index the store: %s", store->path,
                 msg ? msg : store->db ? sqlite3_errmsg(store->db) : sqlite3_errstr(rc));
  sqlite3_free(msg);
  return st;
}

/* What a file that is not a regular one is, for a message. */
static const char *
file_kind(mode_t m)
{
  return S_ISDIR(m) ? "a folder" : S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device"
       : S_ISFIFO(m) ? "a FIFO" : S_ISSOCK(m) ? "a socket" : "not a regular file";
}

/* Whether the file at `path` is a store: an sqlite database holding
   librdf's four tables, asked through a connection of its own that makes
   nothing (no SQLITE_OPEN_CREATE) and writes nothing (query_only; it may
   still roll back what a killed load left in its journal, as any reader). */
static skg_status
check_is_store(skg_ctx *ctx, const char *path)
{
  static const char sql[] = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                            " AND name IN ('uris', 'blanks', 'literals', 'triples')";
  sqlite3 *db = NULL;
  sqlite3_stmt *count = NULL;
  int n = 0;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(db, "PRAGMA query_only=ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout(db, 10000);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db, sql, -1, &count, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(count)) == SQLITE_ROW) {
    n = sqlite3_column_int(count, 0);
    rc = SQLITE_OK;
  }
  skg_status st = SKG_OK;
  if (rc != SQLITE_OK)
    st = skg_err(ctx, SKG_ERR_STORE, "%s: not a store: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  else if (n != 4)
    st = skg_err(ctx, SKG_ERR_STORE, "%s: not a store: an sqlite database without librdf's tables", path);
  sqlite3_finalize(count);
  sqlite3_close(db);
  return st;
}

/* What is at `path`: nothing (*absent; SKG_OK when `for_load`, as load
   makes a store there), or a store, else an error after a message.  A
   symbolic link is followed to a store, never to make one.  A 0-byte file
   is not a store (a truncated one, a name another tool touched): it is
   neither read as an empty store nor replaced. */
static skg_status
check_store_path(skg_ctx *ctx, const char *path, int for_load, int *absent)
{
  struct stat lst, sst;
  *absent = 0;
  if (lstat(path, &lst) != 0) {
    if (errno != ENOENT)
      return skg_err(ctx, SKG_ERR_STORE, "%s: cannot open the store: %s", path, strerror(errno));
    *absent = 1;
    return for_load ? SKG_OK
                    : skg_err(ctx, SKG_ERR_STORE, "%s: no such store (make one with: summitkg load --store %s ...)",
                              path, path);
  }
  if (stat(path, &sst) != 0) {
    if (S_ISLNK(lst.st_mode) && errno == ENOENT)
      return skg_err(ctx, SKG_ERR_STORE, for_load ? "%s: a symbolic link to nothing; a store is never made through a link"
                                                  : "%s: no such store (a symbolic link to nothing)", path);
    return skg_err(ctx, SKG_ERR_STORE, "%s: cannot open the store: %s", path, strerror(errno));
  }
  if (!S_ISREG(sst.st_mode))
    return skg_err(ctx, SKG_ERR_STORE, "%s: not a store: %s", path, file_kind(sst.st_mode));
  if (sst.st_size == 0)
    return skg_err(ctx, SKG_ERR_STORE, "%s: not a store: an empty file (0 bytes)%s", path,
                   for_load ? "; load makes a store only where nothing is" : "");
  return check_is_store(ctx, path);
}

/* Put the file at `tmp` in place at `path` if nothing is there: a hard link
   fails rather than replace anything; rename() where the file system has no
   links.  @return 0, or -1 with errno set (EEXIST: something is there). */
static int
place_new(const char *tmp, const char *path)
{
  if (link(tmp, path) == 0)
    return 0;
  if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != ENOSYS && errno != EMLINK)
    return -1;
  struct stat sb;
  if (lstat(path, &sb) == 0) {
    errno = EEXIST;
    return -1;
  }
  return rename(tmp, path);
}

/* Make a new store at store->path, where nothing is: librdf makes its
   tables and summitkg its indexes in a temporary file beside it (named so
   that a later run removes it if this one is killed: skg_temp_make()),
   which then takes the path, whole, only if nothing came there meanwhile. */
static skg_status
make_store(skg_store *store)
{
  skg_ctx *ctx = store->ctx;
  char tmp[4096];
  int fd = skg_temp_make(store->path, tmp, sizeof tmp);
  if (fd < 0)
    return skg_err(ctx, SKG_ERR_STORE, "%s: cannot make the store: %s", store->path, strerror(errno));
  close(fd); /* librdf makes the file again under this name */
  unsigned before = skg_store_mark(store);
  librdf_storage *storage = librdf_new_storage(store->world, "sqlite", tmp, "new='yes',contexts='yes'");
  /* the storage makes its file when a model opens it */
  librdf_model *maker = storage ? librdf_new_model(store->world, storage, NULL) : NULL;
  int made = maker != NULL;
  librdf_free_model(maker);
  librdf_free_storage(storage);
  skg_status st = SKG_OK;
  if (!storage)
    st = skg_err(ctx, SKG_ERR_STORE, "%s: cannot make the store (is librdf-storage-sqlite installed?)", store->path);
  else if (!made)
    st = skg_err(ctx, SKG_ERR_STORE, "%s: cannot make the store: %s", store->path,
                 store->errors != before ? skg_store_error_text(store, NULL) : "librdf failed");
  if (!st)
    st = open_db(store, tmp, 1);
  sqlite3_close(store->db);
  store->db = NULL;
  if (!st && place_new(tmp, store->path) != 0)
    st = skg_err(ctx, SKG_ERR_STORE,
                 errno == EEXIST ? "%s: something else was put there while the store was made; left alone"
                                 : "%s: cannot make the store: %s",
                 store->path, strerror(errno));
  unlink(tmp);
  skg_store_mark(store);
  return st;
}

/* A store with its path, its context and a librdf world sharing the
   context's raptor world (so that graph terms need no copying); NULL after
   a message. */
static skg_store *
new_store(skg_ctx *ctx, const char *path)
{
  skg_store *store = calloc(1, sizeof *store);
  if (!store || !(store->path = strdup(path))) {
    free(store);
    skg_err(ctx, SKG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  store->ctx = ctx;
  store->group_max = SKG_STORE_GROUP_REPORTS;
  store->group_ms = SKG_STORE_GROUP_MS;
  skg_buf_init(&store->key, 0);
  skg_buf_init(&store->why, 1024);
  skg_buf_init(&store->where, 0);
  store->world = librdf_new_world();
  if (!store->world) {
    skg_err(ctx, SKG_ERR_NOMEM, "%s: cannot open the store: out of memory", path);
    skg_store_close(store);
    return NULL;
  }
  librdf_world_set_raptor(store->world, ctx->raptor);
  librdf_world_open(store->world);
  librdf_world_set_logger(store->world, store, rdf_log);
  return store;
}

/* librdf's storage and model on the store's file (librdf's own connection,
   which reads for SPARQL and export).  @return SKG_OK, or SKG_ERR_STORE
   after a message. */
static skg_status
open_model(skg_store *store, const char *options)
{
  unsigned before = skg_store_mark(store);
  store->storage = librdf_new_storage(store->world, "sqlite", store->path, options);
  if (!store->storage && store->errors == before)
    return skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot open the store (is librdf-storage-sqlite installed?)",
                   store->path);
  if (store->storage)
    store->model = librdf_new_model(store->world, store->storage, NULL);
  if (!store->model && store->errors == before)
    return skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot open the store's model", store->path);
  return store->model ? SKG_OK : skg_store_failed(store, before, "cannot open the store");
}

/* Whether the store's file is whole, before a load writes into it: sqlite
   meets a damaged page only when a statement reads it, and a load reads few,
   so that it would add reports to a damaged store that no export could read
   back whole.  PRAGMA quick_check reads every page (a store of 57 MB in 0.2
   s here), without the slower cross-checks of integrity_check. */
static skg_status
check_intact(skg_store *store)
{
  sqlite3_stmt *check = NULL;
  int rc = sqlite3_prepare_v2(store->db, "PRAGMA quick_check(1)", -1, &check, NULL);
  const unsigned char *answer = NULL;
  if (rc == SQLITE_OK && (rc = sqlite3_step(check)) == SQLITE_ROW) {
    answer = sqlite3_column_text(check, 0);
    rc = SQLITE_OK;
  }
  skg_status st = SKG_OK;
  if (rc != SQLITE_OK)
    st = skg_err(store->ctx, SKG_ERR_STORE, "%s: the store is damaged: %s; nothing loaded", store->path,
                 sqlite3_errmsg(store->db));
  else if (!answer || strcmp((const char *)answer, "ok")) {
    static const char lead[] = "*** in database main ***";
    const char *why = answer ? (const char *)answer : "no answer";
    if (!strncmp(why, lead, sizeof lead - 1))
      why += strspn(why + sizeof lead - 1, " \n") + sizeof lead - 1;
    st = skg_err(store->ctx, SKG_ERR_STORE, "%s: the store is damaged (sqlite's quick_check: %s); nothing loaded",
                 store->path, why);
  }
  sqlite3_finalize(check);
  return st;
}

skg_store *
skg_store_open(skg_ctx *ctx, const char *path)
{
  int absent;
  if (check_store_path(ctx, path, 1, &absent))
    return NULL;
  skg_store *store = new_store(ctx, path);
  if (!store)
    return NULL;
  /* summitkg's indexes go in before librdf opens the store for good: its
     statements, compiled with the legacy sqlite3_prepare(), fail when the
     schema changes under them */
  if ((absent && make_store(store)) || open_db(store, path, 0) || (!absent && check_intact(store)) ||
      open_model(store, "new='no',contexts='yes',synchronous='normal'")) {
    skg_store_close(store);
    return NULL;
  }
  return store;
}

/* Run for each sqlite connection opened while skg_store_open_read() has
   librdf open its own, which librdf opens read-write with no option
   otherwise: this one refuses every write. */
static int
refuse_writes(sqlite3 *db, char **err, const struct sqlite3_api_routines *api)
{
  (void)err;
  (void)api;
  return sqlite3_exec(db, "PRAGMA query_only=ON", NULL, NULL, NULL);
}

skg_store *
skg_store_open_read(skg_ctx *ctx, const char *path)
{
  int absent;
  if (check_store_path(ctx, path, 0, &absent))
    return NULL;
  skg_store *store = new_store(ctx, path);
  if (!store)
    return NULL;
  /* The auto-extension is the process's, not the store's (sqlite has no
     other way into the connection librdf opens): registered for this one
     open, cancelled at once. */
  sqlite3_auto_extension((void (*)(void))refuse_writes);
  skg_status st = open_model(store, "new='no',contexts='yes'");
  sqlite3_cancel_auto_extension((void (*)(void))refuse_writes);
  if (st) {
    skg_store_close(store);
    return NULL;
  }
  return store;
}

/* Forget every remembered id: those added by a transaction rolled back are
   gone from the store. */
static void
forget_ids(skg_store *store)
{
  for (size_t i = 0; store->ids && i < ID_SLOTS; ++i) {
    free(store->ids[i].key);
    store->ids[i].key = NULL;
  }
}

void
skg_store_close(skg_store *store)
{
  if (!store)
    return;
  librdf_free_model(store->model);
  librdf_free_storage(store->storage);
  librdf_free_world(store->world); /* leaves the context's raptor world alone */
  for (int i = 0; i < N_SQL; ++i)
    sqlite3_finalize(store->sql[i]);
  /* Leave the file as librdf made it, a rollback-journal database, now that
     librdf's connection is closed.  Should a reader hold it (a query run beside
     the load), it stays in WAL mode, which sqlite and librdf read the same. */
  /* what skg_store_flush() did not commit is dropped, whole */
  if (store->db && !sqlite3_get_autocommit(store->db))
    sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
  if (store->wal)
    sqlite3_exec(store->db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  sqlite3_close(store->db);
  forget_ids(store);
  free(store->ids);
  skg_buf_release(&store->key);
  skg_buf_release(&store->why);
  skg_buf_release(&store->where);
  free(store->path);
  free(store);
}

/* Prepare the loader (once per store).  WAL mode: a commit in the default
   rollback-journal mode syncs the file twice, ~20 ms here, more than the rest
   of a report's load; in WAL mode with synchronous=NORMAL a commit is one
   append, and a killed load still leaves every report whole or absent (only
   a power cut may lose the last reports committed, never half of one). */
static int
prepare_loader(skg_store *store)
{
  if (store->ids)
    return SQLITE_OK;
  int rc = SQLITE_OK;
  for (int i = 0; i < N_SQL && rc == SQLITE_OK; ++i)
    if (!store->sql[i])
      rc = sqlite3_prepare_v2(store->db, loader_sql[i], -1, &store->sql[i], NULL);
  /* Each report's commit rewrites the index pages it touched, one or more
     per predicate, class, entity and literal it shares with earlier reports:
     hundreds of pages per report once the store is large.  A cache holding
     them (64 MiB) saves reading them back for every report, and checkpoints
     every 10,000 pages of WAL (40 MiB) write a page touched by many reports
     back to the file once. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(store->db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536", NULL, NULL, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_stmt *mode = NULL;
    rc = sqlite3_prepare_v2(store->db, "PRAGMA journal_mode=WAL", -1, &mode, NULL);
    int step = rc == SQLITE_OK ? sqlite3_step(mode) : rc;
    const unsigned char *now = step == SQLITE_ROW ? sqlite3_column_text(mode, 0) : NULL;
    store->wal = now && !sqlite3_stricmp((const char *)now, "wal");
    sqlite3_finalize(mode);
    /* a reader holding the file keeps it in rollback mode: slower, as good */
    if (step != SQLITE_ROW && step != SQLITE_BUSY && step != SQLITE_LOCKED)
      rc = step;
  }
  if (rc == SQLITE_OK && store->wal)
    rc = sqlite3_exec(store->db, "PRAGMA wal_autocheckpoint=10000", NULL, NULL, NULL);
  if (rc == SQLITE_OK && !store->ids && !(store->ids = calloc(ID_SLOTS, sizeof *store->ids)))
    rc = SQLITE_NOMEM;
  return rc;
}

/* Step `s` to its end and reset it.  @return SQLITE_OK or the error. */
static int
run(sqlite3_stmt *s)
{
  int rc = sqlite3_step(s);
  int reset = sqlite3_reset(s);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? reset : rc;
}

/* Bind the text (with language and datatype id, for a literal: 0 is none) of
   a node to the parameters of a find or add statement.  The text stays the
   caller's until the statement is reset. */
static int
bind_node(sqlite3_stmt *s, const unsigned char *text, size_t len, const unsigned char *lang, size_t lang_len,
          sqlite3_int64 datatype)
{
  int rc = sqlite3_bind_text(s, 1, (const char *)text, (int)len, SQLITE_STATIC);
  if (rc == SQLITE_OK && sqlite3_bind_parameter_count(s) == 3) {
    rc = lang ? sqlite3_bind_text(s, 2, (const char *)lang, (int)lang_len, SQLITE_STATIC) : sqlite3_bind_null(s, 2);
    if (rc == SQLITE_OK)
      rc = datatype ? sqlite3_bind_int64(s, 3, datatype) : sqlite3_bind_null(s, 3);
  }
  return rc;
}

/* The id of a node in the table of `find` and `add`, added if absent.  Of
   several rows (which librdf never makes), the last, as librdf's own lookup
   keeps the last row its callback sees. */
static int
find_or_add(skg_store *store, int find, int add, const unsigned char *text, size_t len,
            const unsigned char *lang, size_t lang_len, sqlite3_int64 datatype, sqlite3_int64 *id)
{
  if (len > INT_MAX || lang_len > INT_MAX)
    return SQLITE_TOOBIG;
  sqlite3_stmt *s = store->sql[find];
  int rc = bind_node(s, text, len, lang, lang_len, datatype);
  *id = 0;
  while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    *id = sqlite3_column_int64(s, 0);
    rc = SQLITE_OK;
  }
  int reset = sqlite3_reset(s);
  rc = rc == SQLITE_DONE ? reset : rc;
  if (rc != SQLITE_OK || *id)
    return rc;
  s = store->sql[add];
  if ((rc = bind_node(s, text, len, lang, lang_len, datatype)) == SQLITE_OK && (rc = run(s)) == SQLITE_OK)
    *id = sqlite3_last_insert_rowid(store->db);
  return rc;
}

/* The slot for the key in store->key; *hit says whether it holds its id. */
static id_slot *
id_slot_of(skg_store *store, int *hit)
{
  id_slot *slot = &store->ids[skg_hash_bytes(store->key.data, store->key.len) & (ID_SLOTS - 1)];
  *hit = slot->key && slot->len == store->key.len && !memcmp(slot->key, store->key.data, slot->len);
  return slot;
}

/* Remember in `slot` the id of the key in store->key (failing to is no error). */
static void
remember(skg_store *store, id_slot *slot, sqlite3_int64 id)
{
  if (store->key.len > ID_KEY_MAX)
    return;
  char *key = malloc(store->key.len);
  if (!key)
    return;
  memcpy(key, store->key.data, store->key.len);
  free(slot->key);
  *slot = (id_slot){key, store->key.len, id};
}

/* The id of a URI (`kind` 'U') or blank node ('B'), added if absent. */
static int
name_id(skg_store *store, char kind, const unsigned char *text, size_t len, sqlite3_int64 *id)
{
  skg_buf_clear(&store->key);
  if (skg_buf_putc(&store->key, kind) || skg_buf_append(&store->key, text, len))
    return SQLITE_NOMEM;
  int hit;
  id_slot *slot = id_slot_of(store, &hit);
  if (hit) {
    *id = slot->id;
    return SQLITE_OK;
  }
  int rc = kind == 'U' ? find_or_add(store, SQL_FIND_URI, SQL_ADD_URI, text, len, NULL, 0, 0, id)
                       : find_or_add(store, SQL_FIND_BLANK, SQL_ADD_BLANK, text, len, NULL, 0, 0, id);
  if (rc == SQLITE_OK)
    remember(store, slot, *id);
  return rc;
}

static int
uri_id(skg_store *store, raptor_uri *uri, sqlite3_int64 *id)
{
  size_t len;
  const unsigned char *s = raptor_uri_as_counted_string(uri, &len);
  return name_id(store, 'U', s, len, id);
}

/* The id of literal `t`, added if absent (its datatype's URI too). */
static int
literal_id(skg_store *store, const raptor_term *t, sqlite3_int64 *id)
{
  const raptor_term_literal_value *v = &t->value.literal;
  sqlite3_int64 datatype = 0;
  int rc = v->datatype ? uri_id(store, v->datatype, &datatype) : SQLITE_OK;
  const unsigned char *lang = v->language && v->language_len ? v->language : NULL;
  size_t lang_len = lang ? v->language_len : 0;
  skg_buf_clear(&store->key);
  if (rc == SQLITE_OK && (skg_buf_printf(&store->key, "L%lld@", (long long)datatype) ||
                          skg_buf_append(&store->key, lang, lang_len) || skg_buf_putc(&store->key, '\n') ||
                          skg_buf_append(&store->key, v->string, v->string_len)))
    rc = SQLITE_NOMEM;
  if (rc != SQLITE_OK)
    return rc;
  int hit;
  id_slot *slot = id_slot_of(store, &hit);
  if (hit) {
    *id = slot->id;
    return SQLITE_OK;
  }
  rc = find_or_add(store, SQL_FIND_LITERAL, SQL_ADD_LITERAL, v->string, v->string_len, lang, lang_len, datatype, id);
  if (rc == SQLITE_OK)
    remember(store, slot, *id);
  return rc;
}

/* A triple's ids, the first six parameters of SQL_HAS_TRIPLE and
   SQL_ADD_TRIPLE: subjectUri, subjectBlank, predicateUri, objectUri,
   objectBlank, objectLiteral (0 is NULL); the context is the seventh. */
typedef struct { sqlite3_int64 col[6]; } triple_ids;

/* The id of `t` and its kind: 0 URI, 1 blank node, 2 literal. */
static int
term_id(skg_store *store, const raptor_term *t, sqlite3_int64 *id, int *kind)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: *kind = 0; return uri_id(store, t->value.uri, id);
  case RAPTOR_TERM_TYPE_BLANK:
    *kind = 1;
    return name_id(store, 'B', t->value.blank.string, t->value.blank.string_len, id);
  case RAPTOR_TERM_TYPE_LITERAL: *kind = 2; return literal_id(store, t, id);
  case RAPTOR_TERM_TYPE_UNKNOWN: break;
  }
  return SQLITE_MISUSE;
}

static int
statement_ids(skg_store *store, const raptor_statement *st, triple_ids *t)
{
  sqlite3_int64 id;
  int kind;
  *t = (triple_ids){{0}};
  int rc = term_id(store, st->subject, &id, &kind);
  if (rc == SQLITE_OK && kind == 2)
    rc = SQLITE_MISMATCH; /* a literal subject: librdf cannot store it either */
  if (rc == SQLITE_OK) {
    t->col[kind] = id;
    rc = term_id(store, st->predicate, &t->col[2], &kind);
  }
  if (rc == SQLITE_OK && kind != 0)
    rc = SQLITE_MISMATCH;
  if (rc == SQLITE_OK && (rc = term_id(store, st->object, &id, &kind)) == SQLITE_OK)
    t->col[3 + kind] = id;
  return rc;
}

static int
bind_triple(sqlite3_stmt *s, const triple_ids *t, sqlite3_int64 context)
{
  int rc = SQLITE_OK;
  for (int i = 0; i < 6 && rc == SQLITE_OK; ++i)
    rc = t->col[i] ? sqlite3_bind_int64(s, i + 1, t->col[i]) : sqlite3_bind_null(s, i + 1);
  return rc == SQLITE_OK ? sqlite3_bind_int64(s, 7, context) : rc;
}

/* Add the triple to graph `context`; with `once`, unless it is there. */
static int
add_triple(skg_store *store, const triple_ids *t, sqlite3_int64 context, int once)
{
  int rc = SQLITE_OK;
  if (once) {
    sqlite3_stmt *has = store->sql[SQL_HAS_TRIPLE];
    if ((rc = bind_triple(has, t, context)) == SQLITE_OK)
      rc = sqlite3_step(has);
    int reset = sqlite3_reset(has);
    if (rc == SQLITE_ROW)
      return reset;
    rc = rc == SQLITE_DONE ? reset : rc;
  }
  if (rc == SQLITE_OK && (rc = bind_triple(store->sql[SQL_ADD_TRIPLE], t, context)) == SQLITE_OK)
    rc = run(store->sql[SQL_ADD_TRIPLE]);
  return rc;
}

/* Inside the transaction: the report's graph replaced by g's statements, and
   the entity statements added to the corpus graph unless there. */
static int
replace_graph(skg_store *store, const skg_graph *g, const char *corpus_iri)
{
  sqlite3_int64 report, corpus;
  int rc = name_id(store, 'U', (const unsigned char *)g->report_iri, strlen(g->report_iri), &report);
  if (rc == SQLITE_OK)
    rc = name_id(store, 'U', (const unsigned char *)corpus_iri, strlen(corpus_iri), &corpus);
  /* the report's earlier graph goes first: loading again replaces, never duplicates */
  if (rc == SQLITE_OK && (rc = sqlite3_bind_int64(store->sql[SQL_REMOVE_GRAPH], 1, report)) == SQLITE_OK)
    rc = run(store->sql[SQL_REMOVE_GRAPH]);
  for (size_t i = 0; i < g->count && rc == SQLITE_OK; ++i) {
    triple_ids t;
    rc = statement_ids(store, g->items[i], &t);
    /* g holds no statement twice (skg_graph_build() says so) and its graph
       is empty now: no need to ask whether a triple is there */
    if (rc == SQLITE_OK)
      rc = add_triple(store, &t, report, 0);
    /* an entity described before keeps its statements once in the corpus graph */
    if (rc == SQLITE_OK && skg_graph_is_entity_statement(store->ctx, g->items[i]))
      rc = add_triple(store, &t, corpus, 1);
  }
  return rc;
}

static unsigned
ms_since(const struct timespec *t0)
{
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double ms = (double)(now.tv_sec - t0->tv_sec) * 1e3 + (double)(now.tv_nsec - t0->tv_nsec) / 1e6;
  return ms < 0 ? 0 : ms > UINT_MAX ? UINT_MAX : (unsigned)ms;
}

void
skg_store_set_group(skg_store *store, unsigned reports, unsigned ms)
{
  store->group_max = reports ? reports : 1;
  store->group_ms = ms;
}

/* The open transaction, if sqlite has not ended it, rolled back: none of the
   reports loaded since the last commit is in the store, and the counts say
   so (`uncounted`, if not NULL, is the last of them, which the caller has not
   counted yet).  The ids remembered may be of rows rolled back. */
static void
lose_group(skg_store *store, const skg_graph *uncounted)
{
  if (!sqlite3_get_autocommit(store->db))
    run(store->sql[SQL_ROLLBACK]);
  store->ctx->counts.reports -= store->pending - (uncounted != NULL);
  store->ctx->counts.statements -= store->pending_statements - (uncounted ? uncounted->count : 0);
  store->pending = 0;
  store->pending_statements = 0;
  forget_ids(store);
}

/* The open transaction, committed: every report loaded since it began is in
   the store.  On failure sqlite has rolled back or we do: none of them is.
   `uncounted`: as for lose_group(). */
static skg_status
commit_group(skg_store *store, const skg_graph *uncounted)
{
  if (!store->db || sqlite3_get_autocommit(store->db))
    return SKG_OK;
  unsigned n = store->pending;
  int rc = run(store->sql[SQL_COMMIT]);
  if (rc == SQLITE_OK) {
    store->pending = 0;
    store->pending_statements = 0;
    return SKG_OK;
  }
  skg_status st = skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot commit the last %u report%s: %s; they are not in the store",
                          store->path, n, n == 1 ? "" : "s", sqlite3_errmsg(store->db));
  lose_group(store, uncounted);
  return st;
}

skg_status
skg_store_flush(skg_store *store)
{
  return store ? commit_group(store, NULL) : SKG_OK;
}

/* The report's load failed (error `rc`) inside the open transaction: the
   transaction is rolled back, and the reports loaded since the last commit
   go with it (the load stops: the next run loads them again).  A savepoint
   for each report would keep them, but it copies every page the report
   touches to sqlite's statement journal before changing it, and a report
   touches more pages the larger the store (loading 1,000 reports into a
   store of 4,000 took 21% more CPU time than into an empty one with
   savepoints, 10% without): failures here are the disk's,
   sqlite's or memory's, and sqlite rolls the whole transaction back itself
   for most of them (SQLITE_FULL, SQLITE_IOERR). */
static skg_status
undo_report(skg_store *store, int rc)
{
  unsigned lost = store->pending;
  /* the message first: the rollback changes what sqlite3_errmsg() says */
  const char *why = rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(store->db);
  skg_status st =
    lost ? skg_err(store->ctx, SKG_ERR_STORE,
                   "%s: cannot load the report's graph: %s; neither it nor the %u report%s loaded since the last commit %s in the store",
                   store->path, why, lost, lost == 1 ? "" : "s", lost == 1 ? "is" : "are")
         : skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot load the report's graph: %s; the store is unchanged", store->path, why);
  lose_group(store, NULL);
  return st;
}

/* Reports are committed in groups (up to group_max reports, or group_ms
   after the group's first): a commit writes every index page its
   transaction touched, and consecutive reports touch the same pages (the
   ends of the entries of the predicates, classes, countries and labels they
   share), so that one commit for many reports writes each of those pages
   once.  A report is still whole or absent: a failure rolls its group back
   (undo_report()). */
skg_status
skg_store_load_graph(skg_store *store, const skg_graph *g)
{
  skg_buf corpus;
  skg_buf_init(&corpus, 0);
  if (skg_buf_printf(&corpus, "%sgraph/entities", store->ctx->base)) {
    skg_buf_release(&corpus);
    return skg_err(store->ctx, SKG_ERR_NOMEM, "out of memory");
  }
  int rc = prepare_loader(store);
  /* no transaction open: pending is 0 (commit_group() and lose_group()) */
  if (rc == SQLITE_OK && sqlite3_get_autocommit(store->db)) {
    clock_gettime(CLOCK_MONOTONIC, &store->group_start);
    rc = run(store->sql[SQL_BEGIN]);
  }
  if (rc == SQLITE_OK)
    rc = replace_graph(store, g, corpus.data);
  skg_buf_release(&corpus);
  if (rc != SQLITE_OK)
    return undo_report(store, rc);
  ++store->pending;
  store->pending_statements += g->count;
  if (store->pending >= store->group_max || ms_since(&store->group_start) >= store->group_ms)
    return commit_group(store, g);
  return SKG_OK;
}

skg_status
skg_results_format_from_name(const char *name, skg_results_format *out)
{
  static const struct { const char *name; skg_results_format f; } names[] = {
    {"table", SKG_RESULTS_TABLE}, {"csv", SKG_RESULTS_CSV}, {"tsv", SKG_RESULTS_TSV},
    {"json", SKG_RESULTS_JSON}, {"xml", SKG_RESULTS_XML}};
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i)
    if (!sqlite3_stricmp(name, names[i].name)) {
      *out = names[i].f;
      return SKG_OK;
    }
  return SKG_ERR_BAD_ARG;
}

skg_status
skg_store_query(skg_store *store, const char *sparql, skg_results_format format, FILE *out)
{
  skg_query_options opt;
  skg_query_options_init(&opt);
  opt.format = format;
  int answer;
  return skg_query_run(store, sparql, &opt, out, &answer);
}

/* Every statement of one context, with its graph, into a skg_graph. */
static skg_status
collect_context(skg_store *store, librdf_node *context, skg_graph *g)
{
  librdf_stream *stream = librdf_model_context_as_stream(store->model, context);
  if (!stream)
    return SKG_ERR_STORE;
  skg_status st = SKG_OK;
  for (; !librdf_stream_end(stream) && !st; librdf_stream_next(stream)) {
    librdf_statement *s = librdf_stream_get_object(stream);
    raptor_statement *copy = raptor_new_statement_from_nodes(
      store->ctx->raptor, raptor_term_copy(s->subject), raptor_term_copy(s->predicate),
      raptor_term_copy(s->object), raptor_term_copy(context));
    st = copy ? skg_graph_append(g, copy) : SKG_ERR_NOMEM;
  }
  librdf_free_stream(stream);
  return st;
}

/* The storage says what fails only through the logger, and then ends the
   stream or the iterator early as if at its end: each graph is checked for
   errors before it is handed on, and the list of graphs at its end, so that
   an export of a damaged store fails instead of writing part of it. */
skg_status
skg_store_each_graph(skg_store *store, skg_status (*fn)(void *data, const skg_graph *g), void *data)
{
  unsigned before = skg_store_mark(store);
  librdf_iterator *contexts = librdf_model_get_contexts(store->model);
  if (!contexts)
    return store->errors != before ? skg_store_failed(store, before, "cannot read the store")
                                   : skg_err(store->ctx, SKG_ERR_STORE, "%s: cannot list the store's graphs", store->path);
  skg_status st = SKG_OK;
  /* graph by graph, so that memory holds one graph at a time */
  for (; !st && !librdf_iterator_end(contexts); librdf_iterator_next(contexts)) {
    librdf_node *context = librdf_iterator_get_object(contexts);
    skg_graph g;
    skg_graph_init(&g);
    skg_status got = collect_context(store, context, &g);
    if ((st = skg_store_failed(store, before, "cannot read the store")))
      ; /* said */
    else if (got)
      st = skg_err(store->ctx, got, "%s: cannot read a graph of the store: %s", store->path, skg_status_string(got));
    else
      st = fn(data, &g);
    skg_graph_release(&g);
  }
  librdf_free_iterator(contexts);
  return st ? st : skg_store_failed(store, before, "cannot read the store");
}

static skg_status
write_graph(void *w, const skg_graph *g)
{
  return skg_writer_write_graph(w, g);
}

skg_status
skg_store_export(skg_store *store, skg_writer *w)
{
  return skg_store_each_graph(store, write_graph, w);
}

skg_status
skg_store_count(skg_store *store, const char *sparql, size_t *count)
{
  *count = 0;
  unsigned before = skg_store_mark(store);
  librdf_query *q = librdf_new_query(store->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
  librdf_query_results *results = q ? librdf_model_query_execute(store->model, q) : NULL;
  int ran = results != NULL;
  for (; results && !librdf_query_results_finished(results); librdf_query_results_next(results))
    ++*count;
  librdf_free_query_results(results);
  librdf_free_query(q);
  /* rows read after an error are no count */
  skg_status st = skg_store_failed(store, before, "cannot read the store");
  if (!st && !ran)
    st = skg_err(store->ctx, SKG_ERR_BAD_ARG, "cannot run the SPARQL query");
  return st;
}

/* tempfile.c - temporary files written beside their target and renamed (or
   linked) into place, so that the target is whole or untouched.

   A temporary is named TARGET.tmp-HOST-PID-XXXXXX: the host and the process
   that made it.  A process killed with SIGKILL cannot remove its own, so the
   next one made for the same target first removes those of its target made
   on this host by processes that are gone.  One whose process lives (or
   whose number another process has taken since) is left alone, as is one of
   another host: a shared folder may hold the live temporary of a run on
   another machine.  sqlite's files beside one (-journal, -wal, -shm) go with
   it.  It does not write the files; main.c and store.c do. */
#include "skg.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

enum { HOST_MAX = 64 };

/* This host's name as it goes into a temporary's: letters, digits, '.' and
   '-' (anything else becomes '_'), never empty. */
static void
host_name(char out[HOST_MAX + 1])
{
  if (gethostname(out, HOST_MAX + 1) != 0 || !out[0])
    strcpy(out, "localhost");
  out[HOST_MAX] = '\0';
  for (char *p = out; *p; ++p)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '.' ||
          *p == '-'))
      *p = '_';
}

/* Split `name` into the folder and the file's name: *dir (new) is "." for a
   bare name.  @return 0, or -1 (ENOMEM). */
static int
split_path(const char *path, char **dir, const char **base)
{
  const char *slash = strrchr(path, '/');
  *base = slash ? slash + 1 : path;
  size_t n = slash ? (size_t)(slash - path) + (slash == path) : 1;
  *dir = malloc(n + 1);
  if (!*dir)
    return -1;
  memcpy(*dir, slash ? path : ".", n);
  (*dir)[n] = '\0';
  return 0;
}

/* The process number in `rest` (what follows "BASE.tmp-" in an entry's name)
   if it was made on host `host`, else 0. */
static long
made_here_by(const char *rest, const char *host)
{
  static const char *const companions[] = {"-journal", "-wal", "-shm"};
  size_t len = strlen(rest);
  for (size_t i = 0; i < sizeof companions / sizeof *companions; ++i) {
    size_t n = strlen(companions[i]);
    if (len > n && !strcmp(rest + len - n, companions[i])) {
      len -= n;
      break;
    }
  }
  /* HOST-PID-XXXXXX, read from the right: a host's name may hold '-' */
  if (len < 7 + 2 + 1 || rest[len - 7] != '-')
    return 0;
  size_t end = len - 7, start = end;
  while (start > 0 && rest[start - 1] >= '0' && rest[start - 1] <= '9')
    --start;
  if (start == end || start < 2 || rest[start - 1] != '-' || end - start > 9)
    return 0;
  size_t host_len = start - 1;
  if (host_len != strlen(host) || memcmp(rest, host, host_len))
    return 0;
  return strtol(rest + start, NULL, 10);
}

void
skg_temp_sweep(const char *target)
{
  char *dir;
  const char *base;
  if (split_path(target, &dir, &base))
    return;
  char host[HOST_MAX + 1];
  host_name(host);
  size_t base_len = strlen(base);
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (strncmp(e->d_name, base, base_len) || strncmp(e->d_name + base_len, ".tmp-", 5))
      continue;
    long pid = made_here_by(e->d_name + base_len + 5, host);
    /* kill(pid, 0) fails with ESRCH only when no such process is there */
    if (pid <= 0 || pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
      continue;
    size_t n = strlen(dir) + 1 + strlen(e->d_name) + 1;
    char *path = malloc(n);
    if (path) {
      snprintf(path, n, "%s/%s", dir, e->d_name);
      unlink(path); /* failing to is no failure: the temporary stays, as before */
      free(path);
    }
  }
  if (d)
    closedir(d);
  free(dir);
}

int
skg_temp_make(const char *target, char *buf, size_t cap)
{
  skg_temp_sweep(target);
  char host[HOST_MAX + 1];
  host_name(host);
  if ((size_t)snprintf(buf, cap, "%s.tmp-%s-%ld-XXXXXX", target, host, (long)getpid()) >= cap) {
    buf[0] = '\0';
    errno = ENAMETOOLONG;
    return -1;
  }
  int fd = mkstemp(buf);
  if (fd < 0)
    buf[0] = '\0';
  return fd;
}

#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <libxml/parser.h>
#include <unistd.h>

#include "arena.h"

enum { MAX_DOCUMENT = 256 * 1024 * 1024 };

/* Reads fd to its end into a fresh buffer of at least `cap` bytes. read(2)
 * rather than stdio: per document, fdopen's buffer and lock and the calls
 * around them were a measurable part of reading a folder of small files.
 * `expect` is a regular file's size from fstat (SIZE_MAX for a pipe): a
 * read that brings the total to it and comes back short of what was asked
 * has met the end, and the read that would return 0 is saved (one system
 * call of six per document). */
static char *read_all(int fd, size_t cap, size_t expect, size_t *len,
                      const char **why) {
  size_t n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n == cap) {
      if (cap >= MAX_DOCUMENT) {
        *why = "larger than 256 MB";
        break;
      }
      size_t more = cap * 2 > MAX_DOCUMENT ? MAX_DOCUMENT : cap * 2;
      char *bigger = realloc(buf, more);
      if (!bigger) break;
      buf = bigger;
      cap = more;
    }
    ssize_t got = read(fd, buf + n, cap - n);
    if (got == 0 || (got > 0 && n + (size_t)got == expect && (size_t)got < cap - n)) {
      *len = n + (size_t)got;
      return buf;
    }
    if (got < 0) {
      /* EINTR too: no SA_RESTART, so Ctrl-C stops a read from a terminal */
      *why = strerror(errno);
      break;
    }
    n += (size_t)got;
  }
  free(buf);
  if (!*why) *why = "out of memory";
  return NULL;
}

char *batch_read_file(const char *path, size_t *len, const char **why) {
  *why = NULL;
  *len = 0;
  if (!strcmp(path, "-")) return read_all(STDIN_FILENO, 65536, SIZE_MAX, len, why);
  /* O_NONBLOCK: a FIFO or device named .txt must not hang the run */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *why = strerror(errno);
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *why = fstat(fd, &st) != 0      ? strerror(errno)
           : S_ISDIR(st.st_mode) ? "is a directory"
                                  : "not a regular file (use '-' for a pipe)";
    close(fd);
    return NULL;
  }
  if ((unsigned long long)st.st_size >= MAX_DOCUMENT) {
    *why = "larger than 256 MB";
    close(fd);
    return NULL;
  }
  /* local file systems ignore O_NONBLOCK on a regular file, but a network
   * or FUSE one may answer EAGAIN: the flag goes (F_SETFL sets only the
   * status flags, and O_NONBLOCK is the only one here) */
  fcntl(fd, F_SETFL, 0);
  /* room for the whole file and one byte more, so that the read meeting
   * its end needs no larger buffer (a file still growing gets one) */
  size_t size = st.st_size > 0 ? (size_t)st.st_size : 0;
  size_t cap = size < 4095 ? 4096 : size + 1;
  char *buf = read_all(fd, cap, size, len, why);
  close(fd);
  return buf;
}

/* ---- one document ------------------------------------------------------------ */

typedef struct {
  strbuf *lines;
  int quiet;
} message_sink;

static void add_line(strbuf *lines, const char *where, const char *prefix,
                     const char *text) {
  strbuf_puts(lines, "attache: ");
  if (where) {
    strbuf_puts(lines, where);
    strbuf_puts(lines, ": ");
  }
  strbuf_puts(lines, prefix);
  strbuf_puts(lines, text);
  strbuf_putc(lines, '\n');
}

static void on_message(void *handle, attache_severity severity,
                       const char *where, const char *text) {
  message_sink *m = handle;
  if (severity == ATTACHE_WARNING && m->quiet) return;
  add_line(m->lines, where, severity == ATTACHE_WARNING ? "warning: " : "", text);
}

/* A worker's extractor and writers: its format, N-Quads when asked for
 * too, and the whole-graph writer when there is one. */
typedef struct {
  attache_extractor *extractor;
  attache_writer *main, *quads, *whole;
} writers;

static attache_status tee_sink(void *handle, const attache_term *s,
                               const attache_term *p, const attache_term *o,
                               const char *g) {
  writers *t = handle;
  attache_status st = attache_writer_sink(t->main, s, p, o, g);
  if (!st && t->quads) st = attache_writer_sink(t->quads, s, p, o, g);
  if (!st && t->whole) st = attache_writer_sink(t->whole, s, p, o, g);
  return st;
}

static int writers_new(const batch_config *c, writers *w) {
  const char *base = c->options ? c->options->base : NULL;
  memset(w, 0, sizeof *w);
  w->whole = c->whole;
  if (attache_extractor_new(c->kb, &w->extractor)) return -1;
  if (attache_writer_new(c->format, base, NULL, &w->main)) return -1;
  if (c->nquads_too && strcmp(c->format, "nquads") &&
      attache_writer_new("nquads", base, NULL, &w->quads))
    return -1;
  return 0;
}

static void writers_free(writers *w) {
  attache_extractor_free(w->extractor);
  attache_writer_free(w->main);
  attache_writer_free(w->quads);
  memset(w, 0, sizeof *w);
}

/* Extracts paths[i] with the worker's writers into `r`. */
static void run_one(const batch_config *c, writers *ws, const char *path,
                    size_t index, batch_result *r) {
  attache_writer *w = ws->main;
  memset(r, 0, sizeof *r);
  r->path = path;
  r->index = index;
  strbuf lines;
  strbuf_init(&lines);
  message_sink sink = {&lines, c->quiet};
  const char *why = NULL;
  size_t len = 0;
  char *bytes = batch_read_file(path, &len, &why);
  if (!bytes) {
    add_line(&lines, path, "", why);
    r->status = ATTACHE_ERR_IO;
  } else {
    int tee = ws->quads || ws->whole;
    size_t before = attache_writer_count(w);
    r->status = attache_extractor_run(
        ws->extractor, c->options, path, bytes, len,
        tee ? tee_sink : attache_writer_sink, tee ? (void *)ws : w,
        on_message, &sink, &r->stats);
    free(bytes);
    /* serialise even after a failure: the writers must start afresh */
    attache_status st = attache_writer_serialize(w, &r->graph, &r->graph_len);
    if (!r->status) r->status = st;
    if (ws->quads) {
      st = attache_writer_serialize(ws->quads, &r->quads, &r->quads_len);
      if (!r->status) r->status = st;
    } else if (c->nquads_too && r->graph) {
      /* the format is N-Quads: the same bytes */
      r->quads = malloc(r->graph_len + 1);
      if (r->quads) {
        memcpy(r->quads, r->graph, r->graph_len + 1);
        r->quads_len = r->graph_len;
      } else if (!r->status) {
        r->status = ATTACHE_ERR_NOMEM;
      }
    }
    r->triples = attache_writer_count(w) - before;
    if (r->status) {
      /* a bad document says so itself (ATTACHE_ERR_BAD_INPUT) */
      if (r->status != ATTACHE_ERR_BAD_INPUT)
        add_line(&lines, path, "", attache_strerror(r->status));
      free(r->graph);
      free(r->quads);
      r->graph = r->quads = NULL;
      r->graph_len = r->quads_len = 0;
    } else if (c->write_copy) {
      char error[1024] = "";
      if (c->write_copy(c->handle, r, error, sizeof error) != 0)
        r->status = ATTACHE_ERR_IO;
      if (*error) {
        strbuf_puts(&lines, error);
        strbuf_putc(&lines, '\n');
      }
    }
  }
  if (lines.len && !lines.failed) {
    r->messages = lines.data; /* handed over */
    lines.data = NULL;
  }
  strbuf_free(&lines);
}

static void release(batch_result *r) {
  free(r->graph);
  free(r->quads);
  free(r->messages);
  memset(r, 0, sizeof *r);
}

/* ---- one thread ----------------------------------------------------------------- */

static long run_serial(const batch_config *c, char *const *paths, size_t n) {
  writers w;
  if (writers_new(c, &w)) {
    writers_free(&w);
    return -1;
  }
  size_t i = 0;
  for (; i < n && !(c->stop && atomic_load_explicit(c->stop, memory_order_relaxed));
       i++) {
    batch_result r;
    run_one(c, &w, paths[i], i, &r);
    c->deliver(c->handle, i, &r);
    release(&r);
  }
  writers_free(&w);
  return (long)i;
}

/* ---- N threads ------------------------------------------------------------------ */

typedef struct {
  const batch_config *config;
  char *const *paths;
  size_t n;
  pthread_mutex_t lock;
  pthread_cond_t finished; /* a result is ready, or a worker left */
  pthread_cond_t room;     /* the caller took a result */
  size_t next;             /* next document to claim */
  size_t delivered;        /* results the caller has taken */
  size_t window;           /* documents ahead of the caller, at most */
  size_t workers_left;
  /* who sleeps, so that nobody is woken for nothing: on a VM every
   * needless wake-up is a context switch, and with one signal per
   * document they cost -j 2 a tenth of its time */
  size_t awaited;          /* the result the caller waits for, or SIZE_MAX */
  size_t room_waiters;     /* workers waiting for the caller to take results */
  writers *workers; /* one set per worker, freed by the caller's thread */
  batch_result *results;
  unsigned char *done;
} shared_state;

static int stopping(const shared_state *b) {
  return b->config->stop &&
         atomic_load_explicit(b->config->stop, memory_order_relaxed);
}

typedef struct {
  shared_state *shared;
  size_t index;
} worker_arg;

static void *worker_main(void *arg) {
  shared_state *b = ((worker_arg *)arg)->shared;
  const batch_config *c = b->config;
  writers *w = &b->workers[((worker_arg *)arg)->index];
  int ok = writers_new(c, w) == 0;
  for (;;) {
    pthread_mutex_lock(&b->lock);
    while (ok && b->next < b->n && !stopping(b) &&
           b->next >= b->delivered + b->window) {
      b->room_waiters++;
      pthread_cond_wait(&b->room, &b->lock);
      b->room_waiters--;
    }
    if (!ok || b->next >= b->n || stopping(b)) {
      b->workers_left--;
      pthread_cond_signal(&b->finished);
      pthread_mutex_unlock(&b->lock);
      break;
    }
    size_t i = b->next++;
    pthread_mutex_unlock(&b->lock);
    batch_result r;
    run_one(c, w, b->paths[i], i, &r);
    pthread_mutex_lock(&b->lock);
    b->results[i] = r;
    b->done[i] = 1;
    if (b->awaited == i) pthread_cond_signal(&b->finished);
    pthread_mutex_unlock(&b->lock);
  }
  /* not freed here: freeing a raptor world calls xmlCleanupParser(), which
   * on a worker would pull libxml2's state from under the other threads */
  return NULL;
}

/* Waits for result i; 0 when it will never come (stopped, or no workers). */
static int wait_for(shared_state *b, size_t i) {
  pthread_mutex_lock(&b->lock);
  while (!b->done[i]) {
    if (i >= b->next && (stopping(b) || b->workers_left == 0)) {
      pthread_mutex_unlock(&b->lock);
      return 0;
    }
    /* a signal sets `stop` without waking anyone: look again now and then */
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += 100 * 1000 * 1000;
    if (until.tv_nsec >= 1000000000L) {
      until.tv_sec++;
      until.tv_nsec -= 1000000000L;
    }
    b->awaited = i;
    pthread_cond_timedwait(&b->finished, &b->lock, &until);
    b->awaited = SIZE_MAX;
  }
  pthread_mutex_unlock(&b->lock);
  return 1;
}

static long run_parallel(const batch_config *c, char *const *paths, size_t n) {
  size_t jobs = (size_t)c->jobs;
  if (jobs > n) jobs = n;
  /* the window bounds memory (a few documents' graphs per worker) and
   * lets workers run ahead while the caller writes */
  shared_state b = {.config = c, .paths = paths, .n = n, .window = 16 * jobs,
                    .workers_left = jobs, .awaited = SIZE_MAX};
  b.results = calloc(n, sizeof *b.results);
  b.done = calloc(n, 1);
  b.workers = calloc(jobs, sizeof *b.workers);
  pthread_t *threads = calloc(jobs, sizeof *threads);
  worker_arg *args = calloc(jobs, sizeof *args);
  if (!b.results || !b.done || !b.workers || !threads || !args) {
    free(b.results);
    free(b.done);
    free(b.workers);
    free(threads);
    free(args);
    return -1;
  }
  /* libxml2 must be initialised before threads use it (raptor and the HTML
   * reader both do) */
  xmlInitParser();
  pthread_mutex_init(&b.lock, NULL);
  pthread_cond_init(&b.finished, NULL);
  pthread_cond_init(&b.room, NULL);
  /* signals go to the caller's thread, which stops the batch cleanly */
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  size_t started = 0;
  for (; started < jobs; started++) {
    args[started] = (worker_arg){&b, started};
    if (pthread_create(&threads[started], NULL, worker_main, &args[started]) != 0)
      break;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  /* workers already running may have left (and counted themselves out) */
  pthread_mutex_lock(&b.lock);
  b.workers_left -= jobs - started;
  pthread_mutex_unlock(&b.lock);
  size_t i = 0;
  if (started > 0) {
    for (; i < n && wait_for(&b, i); i++) {
      c->deliver(c->handle, i, &b.results[i]);
      release(&b.results[i]);
      pthread_mutex_lock(&b.lock);
      b.delivered = i + 1;
      if (b.room_waiters) pthread_cond_broadcast(&b.room);
      pthread_mutex_unlock(&b.lock);
    }
  }
  pthread_mutex_lock(&b.lock);
  b.delivered = n; /* wake any worker waiting for room: nothing more to do */
  pthread_cond_broadcast(&b.room);
  pthread_mutex_unlock(&b.lock);
  for (size_t t = 0; t < started; t++) pthread_join(threads[t], NULL);
  for (size_t t = 0; t < jobs; t++) writers_free(&b.workers[t]);
  /* results claimed but not delivered (stopped): drop them */
  for (size_t k = i; k < n; k++) release(&b.results[k]);
  pthread_cond_destroy(&b.room);
  pthread_cond_destroy(&b.finished);
  pthread_mutex_destroy(&b.lock);
  free(threads);
  free(args);
  free(b.workers);
  free(b.results);
  free(b.done);
  return started ? (long)i : -1;
}

long batch_run(const batch_config *c, char *const *paths, size_t n) {
  if (c->jobs <= 1 || c->whole || n <= 1) return run_serial(c, paths, n);
  return run_parallel(c, paths, n);
}

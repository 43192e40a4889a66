/*
** output: standard output and --output files. A file is never truncated in place:
** the result goes to a temporary file beside it (same folder, so the rename stays on
** one file system and is atomic), which replaces the file only once everything was
** written, flushed and synced. Write errors are caught where stdio reports them, at
** the last flush, with the errno of the failed write: an earlier failed flush drops
** the data it held, so a second flush would find nothing to write and no errno. Each
** stream is flushed once, at its end.
*/
#include "output.h"

#include "mem.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The one message of this module: `cannot write 'FILE': WHY` (or `standard output`). */
static bool out_fail(const char *path, const char *why, struct jql_diags *d)
{
    const char *shown = path ? jql_sprintf("'%s'", path) : "standard output";
    jql_diag_error(d, (struct jql_loc){0}, "cannot write %s: %s", shown, why);
    return false;
}

static const char *out_why(int err)
{
    return err ? strerror(err) : "a write failed";
}

static const char *out_dirname(const char *p)
{
    const char *slash = strrchr(p, '/');
    if (!slash)
        return ".";
    return slash == p ? "/" : jql_strndup(p, (size_t)(slash - p));
}

/* /dev/stdout, /dev/fd/N, /proc/self/fd/N name a descriptor already open (a shell's
   `>>` redirection, a pipe), not a file to replace: a symbolic link in /dev or in /proc
   (once the folder's own links are followed). */
static bool out_names_descriptor(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
        return false;
    char *dir = realpath(out_dirname(path), NULL);
    bool fd = dir && (strcmp(dir, "/dev") == 0 || strcmp(dir, "/dev/fd") == 0 ||
                      strncmp(dir, "/proc/", 6) == 0);
    free(dir);
    return fd;
}

bool jql_out_init(struct jql_out *o, const char *path, FILE *std, struct jql_diags *d)
{
    *o = (struct jql_out){.f = path ? NULL : std, .path = path, .target = path};
    if (!path)
        return true;
    struct stat st;
    if (!*path) /* `--output=` */
        return out_fail(path, strerror(ENOENT), d);
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return out_fail(path, "it is a folder", d);
        o->exists = true;
        o->regular = S_ISREG(st.st_mode);
        /* /dev/null, a FIFO, a terminal: nothing to replace, written as it is */
        o->in_place = !o->regular || out_names_descriptor(path);
        o->dev = st.st_dev;
        o->ino = st.st_ino;
        o->mode = st.st_mode & 07777;
        char *real = realpath(path, NULL); /* a symbolic link stays; its file is replaced */
        if (real) {
            o->target = jql_strdup(real);
            free(real);
        }
        /* a file its owner made read-only is not replaced behind its back (the rename
           would need only the folder's permission) */
        if (o->regular && access(o->target, W_OK) != 0)
            return out_fail(path, strerror(errno), d);
        return true;
    }
    if (errno != ENOENT) /* a symbolic link loop, a file used as a folder */
        return out_fail(path, strerror(errno), d);
    const char *dir = out_dirname(path); /* a new file: its folder must be there */
    if (stat(dir, &st) != 0)
        return out_fail(path, strerror(errno), d);
    if (!S_ISDIR(st.st_mode))
        return out_fail(path, strerror(ENOTDIR), d);
    mode_t mask = umask(0); /* a new file gets the mode fopen would give it */
    umask(mask);
    o->mode = 0666 & ~mask;
    return true;
}

bool jql_out_is_input(const struct jql_out *o, const char *input)
{
    struct stat st;
    if (!o->path || !o->regular) /* `--output /dev/stdout >>a.facts` included */
        return false;
    return stat(input, &st) == 0 && st.st_dev == o->dev && st.st_ino == o->ino;
}

/* ".NAME.XXXXXX" beside the target: hidden, so no folder walk (a rules folder, `jqlc
   test`) picks it up; the name is shortened so that it fits in a file name. */
static char *out_tmp_template(const char *target)
{
    const char *slash = strrchr(target, '/');
    const char *base = slash ? slash + 1 : target;
    int dirlen = slash ? (int)(slash - target + 1) : 0;
    return jql_sprintf("%.*s.%.*s.XXXXXX", dirlen, target, (int)strnlen(base, 200), base);
}

bool jql_out_open(struct jql_out *o, struct jql_diags *d)
{
    if (!o->path)
        return true;
    if (o->in_place) { /* appended: a descriptor's file is not truncated under its writer */
        o->f = fopen(o->path, "a");
        return o->f ? true : out_fail(o->path, strerror(errno), d);
    }
    char *tmp = out_tmp_template(o->target);
    int fd = mkstemp(tmp);
    if (fd < 0)
        return out_fail(o->path, strerror(errno), d);
    o->tmp = tmp;
    if (fchmod(fd, o->mode) != 0 || !(o->f = fdopen(fd, "w"))) {
        int err = errno;
        close(fd);
        unlink(tmp);
        o->tmp = NULL;
        return out_fail(o->path, strerror(err), d);
    }
    return true;
}

bool jql_out_close(struct jql_out *o, struct jql_diags *d)
{
    if (!o->path) /* checked once, by jql_out_end_std: a flush here would lose errno */
        return true;
    errno = 0;
    bool ok = fflush(o->f) == 0 && !ferror(o->f);
    int err = errno;
    if (ok && o->tmp && fsync(fileno(o->f)) != 0) /* on disk before it replaces anything */
        ok = false, err = errno;
    if (fclose(o->f) != 0 && ok)
        ok = false, err = errno;
    o->f = NULL;
    if (ok && o->tmp && rename(o->tmp, o->target) != 0)
        ok = false, err = errno;
    if (!ok && o->tmp)
        unlink(o->tmp);
    o->tmp = NULL;
    return ok || out_fail(o->path, out_why(err), d);
}

void jql_out_discard(struct jql_out *o)
{
    if (!o->path || !o->f)
        return;
    fclose(o->f);
    o->f = NULL;
    if (o->tmp)
        unlink(o->tmp);
    o->tmp = NULL;
}

enum jql_out_status jql_out_end_std(FILE *std, struct jql_diags *d)
{
    errno = 0;
    if (fflush(std) == 0 && !ferror(std))
        return JQL_OUT_OK;
    int err = errno;
    if (err == EPIPE)
        return JQL_OUT_PIPE;
    out_fail(NULL, out_why(err), d);
    return JQL_OUT_ERROR;
}

void jql_out_startup(void)
{
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int held = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (held >= 0 && held != fd)
            close(held);
    }
    /* past a file-size limit a write fails with EFBIG, which is reported and cleaned up
       after, instead of SIGXFSZ ending the run with the temporary file left behind */
    signal(SIGXFSZ, SIG_IGN);
}

void jql_out_end_by_sigpipe(void)
{
    signal(SIGPIPE, SIG_DFL);
    raise(SIGPIPE);
}

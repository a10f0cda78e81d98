/*
 * Directory streams: each DIR holds a descriptor and a buffer of records
 * that getdents filled, handed out one at a time as struct dirent.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DIRBUF 1024 /* bytes of records read at a time */

struct DIR {
	int fd;
	int pos, len; /* the next record in buf, and the end of them */
	struct dirent ent;
	char buf[DIRBUF];
};

/* Opens directory path for reading. */
DIR *opendir(const char *path)
{
	struct stat st;
	DIR *d;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode)) {
		close(fd);
		errno = ENOTDIR;
		return NULL;
	}
	if ((d = malloc(sizeof(*d))) == NULL) {
		close(fd);
		errno = ENOMEM;
		return NULL;
	}
	d->fd = fd;
	d->pos = d->len = 0;
	return d;
}

/* Returns the next entry, or NULL at the end (or on an error). */
struct dirent *readdir(DIR *d)
{
	struct kdirent *k;
	int n;

	if (d->pos >= d->len) {
		if ((n = getdents(d->fd, d->buf, sizeof(d->buf))) <= 0)
			return NULL;
		d->pos = 0;
		d->len = n;
	}
	k = (struct kdirent *)(d->buf + d->pos);
	d->pos += k->d_reclen;
	d->ent.d_ino = k->d_ino;
	d->ent.d_type = k->d_type;
	strncpy(d->ent.d_name, k->d_name, NAME_MAX);
	d->ent.d_name[NAME_MAX] = 0;
	return &d->ent;
}

/* Goes back to the first entry. */
void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->pos = d->len = 0;
}

/* Closes the stream and its descriptor. */
int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}

/* The stream's descriptor. */
int dirfd(DIR *d)
{
	return d->fd;
}

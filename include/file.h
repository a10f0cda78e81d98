/*
 * Open files: the console, pipe ends, initrd files and directories, and
 * files of the disk (inodes), shared between descriptors (dup, fork)
 * through a reference count. file.c owns them; fsfile.c the last three
 * kinds' reads, writes and seeks.
 */
#ifndef FILE_H
#define FILE_H

#include <stdint.h>
#include "param.h"

struct proc;
struct pipe;
struct initrd_file;
struct inode;
struct stat;

enum filetype { FD_NONE, FD_CONSOLE, FD_PIPE, FD_INITRD, FD_DIR, FD_INODE };

struct file {
	enum filetype type;
	int ref;
	int readable;
	int writable;
	struct pipe *pipe;
	const struct initrd_file *ifile; /* FD_INITRD, FD_DIR: the entry */
	struct inode *ip;		 /* FD_INODE: a file of the disk */
	uint32_t off;			 /* the file offset */
	int append;			 /* O_APPEND: every write at the end */
	int async;    /* O_ASYNC: SIGIO to owner when input arrives */
	int nonblock; /* O_NONBLOCK: a pipe read or write never waits */
	int owner;    /* F_SETOWN: pid, or -pgid; 0: nobody */
};

struct initrd_file {
	const char *name; /* path without the leading '/', NUL-terminated */
	uint32_t namelen; /* strlen(name), kept: lookups compare it first */
	const uint8_t *data;
	uint32_t size;
	uint32_t mode;	/* S_IF* and permissions, from the archive */
	uint32_t mtime; /* from the archive */
};

/* file.c */
struct file *file_alloc(void);
struct file *file_dup(struct file *f);
void file_close(struct file *f);
int file_read(struct file *f, uint32_t ubuf, uint32_t n);
int file_write(struct file *f, uint32_t ubuf, uint32_t n);
void file_open_console(struct proc *p);
void file_notify_input(struct file *f);

/* pipe.c */
int pipe_alloc(struct file **rf, struct file **wf);
void pipe_close(struct pipe *pi, int writable);
int pipe_read(struct pipe *pi, int user, uint32_t dst, uint32_t n,
	      int nonblock);
int pipe_write(struct pipe *pi, int user, uint32_t src, uint32_t n,
	       int nonblock);
void pipe_test_set_counters(struct pipe *pi, uint32_t start);

/* initrd.c */
void initrd_init(uint32_t start, uint32_t end);
const struct initrd_file *initrd_lookup(const char *path);
const struct initrd_file *initrd_entry(int index);
const struct initrd_file *initrd_namei(const char *path,
				       const struct initrd_file *cwd, int *err);
int initrd_getdents(const struct initrd_file *dir, uint32_t *off, char *buf,
		    uint32_t n);
uint32_t initrd_ino(const struct initrd_file *f);
void initrd_stat(const struct initrd_file *f, struct stat *st);

/* fsfile.c */
int fsfile_read(struct file *f, uint32_t ubuf, uint32_t n);
int fsfile_write(struct file *f, uint32_t ubuf, uint32_t n);
void fsfile_close(struct file *f);
int file_stat(struct file *f, struct stat *st);

/* sysfs.c: a process's current directory and umask */
void fs_proc_init(struct proc *p);
void fs_proc_fork(struct proc *child, struct proc *parent);
void fs_proc_exit(struct proc *p);

/* console.c */
int console_read(char *buf, uint32_t n);
int console_write_user(const char *buf, uint32_t n);
void console_set_async(struct file *f);
void console_set_fg(int pgid);
void console_noecho(void);
int console_get_fg(void);
void console_init(void);

#endif

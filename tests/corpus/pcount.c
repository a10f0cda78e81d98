/*
 * pcount: count the lines, words and bytes of a file with worker
 * threads, each taking the next block from a shared queue under a
 * mutex, and adding its counts to the totals. A condition variable
 * tells main when the last worker is done.
 *
 *   pcount [-t THREADS] FILE
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK 512

static char *data;
static size_t size, next_block;
static long lines, words, bytes;
static int running;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;

/* Words are counted by their first letters, so one that straddles two
 * blocks is counted once: by the block where it starts. */
static void count(size_t from, size_t to, long *l, long *w)
{
	for (size_t i = from; i < to; i++) {
		if (data[i] == '\n')
			(*l)++;
		if (!isspace((unsigned char)data[i]) &&
		    (i == 0 || isspace((unsigned char)data[i - 1])))
			(*w)++;
	}
}

static void *worker(void *arg)
{
	long my_blocks = 0;

	(void)arg;
	for (;;) {
		size_t from;
		long l = 0, w = 0;

		pthread_mutex_lock(&lock);
		from = next_block;
		next_block += BLOCK;
		pthread_mutex_unlock(&lock);
		if (from >= size)
			break;
		count(from, from + BLOCK < size ? from + BLOCK : size, &l, &w);
		pthread_mutex_lock(&lock);
		lines += l;
		words += w;
		bytes += (from + BLOCK < size ? BLOCK : (long)(size - from));
		pthread_mutex_unlock(&lock);
		my_blocks++;
	}
	pthread_mutex_lock(&lock);
	if (--running == 0)
		pthread_cond_signal(&done);
	pthread_mutex_unlock(&lock);
	return (void *)my_blocks;
}

int main(int argc, char *argv[])
{
	int nthreads = 3, c;
	pthread_t *tids;
	long blocks = 0;
	FILE *f;

	while ((c = getopt(argc, argv, "t:")) != -1) {
		if (c != 't') {
			fprintf(stderr, "usage: pcount [-t THREADS] FILE\n");
			return 2;
		}
		nthreads = atoi(optarg);
	}
	if (optind >= argc || nthreads < 1 || nthreads > 8) {
		fprintf(stderr, "usage: pcount [-t THREADS] FILE\n");
		return 2;
	}
	if ((f = fopen(argv[optind], "rb")) == NULL) {
		perror(argv[optind]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	size = (size_t)ftell(f);
	rewind(f);
	data = malloc(size + 1);
	if (data == NULL || fread(data, 1, size, f) != size) {
		fprintf(stderr, "pcount: cannot read %s\n", argv[optind]);
		return 1;
	}
	fclose(f);
	tids = calloc(nthreads, sizeof(*tids));
	running = nthreads;
	for (int i = 0; i < nthreads; i++) {
		int err = pthread_create(&tids[i], NULL, worker, NULL);

		if (err != 0) {
			fprintf(stderr, "pcount: pthread_create: %s\n",
				strerror(err));
			return 1;
		}
	}
	pthread_mutex_lock(&lock);
	while (running > 0)
		pthread_cond_wait(&done, &lock);
	pthread_mutex_unlock(&lock);
	for (int i = 0; i < nthreads; i++) {
		void *ret;

		pthread_join(tids[i], &ret);
		blocks += (long)ret;
	}
	printf("%7ld %7ld %7ld %s (%ld blocks, %d threads)\n", lines, words,
	       bytes, argv[optind], blocks, nthreads);
	free(tids);
	free(data);
	return 0;
}

/*
 * table: reads comma-separated records (name,quantity,price) and prints
 * them as an aligned table sorted by a column (-k name|qty|price, -r to
 * reverse), with totals. Uses strtok_r, strtol, strtod, qsort, snprintf.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct row {
	char name[32];
	long qty;
	double price;
};

static int key, reverse;

static int cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int r;

	if (key == 0)
		r = strcmp(x->name, y->name);
	else if (key == 1)
		r = (x->qty > y->qty) - (x->qty < y->qty);
	else
		r = (x->price > y->price) - (x->price < y->price);
	if (r == 0)
		r = strcmp(x->name, y->name);
	return reverse ? -r : r;
}

int main(int argc, char *argv[])
{
	struct row rows[256];
	char line[256], *save, *f[3], *end, money[32];
	int n = 0, c, lineno = 0;
	double total = 0;
	long items = 0;

	while ((c = getopt(argc, argv, "k:r")) != -1) {
		if (c == 'r')
			reverse = 1;
		else if (c == 'k' && strcmp(optarg, "name") == 0)
			key = 0;
		else if (c == 'k' && strcmp(optarg, "qty") == 0)
			key = 1;
		else if (c == 'k' && strcmp(optarg, "price") == 0)
			key = 2;
		else {
			fprintf(stderr,
				"usage: table [-r] [-k name|qty|price]\n");
			return 2;
		}
	}
	while (fgets(line, sizeof(line), stdin) && n < 256) {
		int k = 0;
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		for (char *t = strtok_r(line, ",", &save); t && k < 3;
		     t = strtok_r(NULL, ",", &save))
			f[k++] = t;
		if (k != 3) {
			fprintf(stderr, "line %d: %d fields\n", lineno, k);
			continue;
		}
		errno = 0;
		rows[n].qty = strtol(f[1], &end, 10);
		if (errno || *end) {
			fprintf(stderr, "line %d: bad quantity %s\n", lineno,
				f[1]);
			continue;
		}
		rows[n].price = strtod(f[2], &end);
		snprintf(rows[n].name, sizeof(rows[n].name), "%s", f[0]);
		n++;
	}
	qsort(rows, n, sizeof(rows[0]), cmp);
	printf("%-20s %6s %10s %12s\n", "NAME", "QTY", "PRICE", "AMOUNT");
	for (int i = 0; i < n; i++) {
		double amount = rows[i].qty * rows[i].price;
		snprintf(money, sizeof(money), "%.2f", amount);
		printf("%-20.20s %6ld %10.2f %12s\n", rows[i].name, rows[i].qty,
		       rows[i].price, money);
		total += amount;
		items += rows[i].qty;
	}
	printf("%-20s %6ld %10s %12.2f\n", "TOTAL", items, "", total);
	printf("average price %.4f over %d rows (%5.1f%% of 256)\n",
	       items ? total / items : 0.0, n, 100.0 * n / 256);
	return 0;
}

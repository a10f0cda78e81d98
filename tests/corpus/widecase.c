/*
 * widecase: read lines as multibyte text, convert them to wide
 * characters, and print each line's length in characters, its letters
 * in upper case and how many of its characters were alphabetic, using
 * only <wchar.h> and <wctype.h>. A line that is not valid text in the
 * current locale is reported and skipped.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#define MAXLINE 512

int main(void)
{
	char line[MAXLINE], out[MAXLINE * 4];
	wchar_t wide[MAXLINE];
	int lineno = 0, bad = 0;
	long alpha_total = 0;

	setlocale(LC_ALL, "");
	while (fgets(line, sizeof(line), stdin) != NULL) {
		size_t n, alpha = 0;

		lineno++;
		line[strcspn(line, "\n")] = '\0';
		n = mbstowcs(wide, line, MAXLINE);
		if (n == (size_t)-1) {
			printf("%d: not valid text\n", lineno);
			bad++;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			if (iswalpha((wint_t)wide[i]))
				alpha++;
			wide[i] = (wchar_t)towupper((wint_t)wide[i]);
		}
		if (wcstombs(out, wide, sizeof(out)) == (size_t)-1) {
			printf("%d: cannot convert back\n", lineno);
			continue;
		}
		if (lineno <= 12 || n > 40)
			printf("%d: %zu chars, %zu letters: %s\n", lineno, n,
			       alpha, out);
		alpha_total += (long)alpha;
	}
	printf("%d lines, %d bad, %ld letters\n", lineno, bad, alpha_total);
	return 0;
}

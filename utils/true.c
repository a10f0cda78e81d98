/* true: does nothing and exits with status 0, whatever its arguments (it
 * is also the tiny program that /bin/bench runs to time fork + exec). */

int main(void)
{
	return 0;
}

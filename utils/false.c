/* false: does nothing, unsuccessfully: exits with status 1 whatever its
 * arguments, for the shell's conditions and tests of exit statuses. */

int main(void)
{
	return 1;
}

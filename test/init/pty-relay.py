"""Runs a command in a new pseudo-terminal and relays bytes between it and this process's
pipes, so a test without a terminal can drive a program that needs one. Closing our stdin
closes the terminal: the program gets SIGHUP, as when a terminal window is closed."""
import errno
import fcntl
import os
import pty
import select
import struct
import sys
import termios

command = sys.argv[1:]
pid, master = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
stdin = sys.stdin.fileno()
stdout = sys.stdout.fileno()
inputs = [master, stdin]
while True:
    try:
        ready, _, _ = select.select(inputs, [], [])
    except InterruptedError:
        continue
    if master in ready:
        try:
            data = os.read(master, 65536)
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            data = b""
        if not data:
            break
        os.write(stdout, data)
    if stdin in ready:
        data = os.read(stdin, 65536)
        if not data:
            inputs.remove(stdin)
            os.close(master)
            break
        os.write(master, data)

_, status = os.waitpid(pid, 0)
if os.WIFSIGNALED(status):
    sys.exit(128 + os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))

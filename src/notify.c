/* notify.c: systemd's notify protocol, one datagram to $NOTIFY_SOCKET, without libsystemd (issue 20):
 * "READY=1" once the kiosk draws, "WATCHDOG=1" while its loop runs. A name starting with '@' is an
 * abstract socket. Nothing happens when systemd did not ask (no $NOTIFY_SOCKET). */
#include "notify.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int notify_systemd(const char *state)
{
    const char *path = getenv("NOTIFY_SOCKET");
    if (!path || !*path) return 0;
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    size_t len = strlen(path);
    if ((path[0] != '/' && path[0] != '@') || len >= sizeof addr.sun_path) return -1;
    memcpy(addr.sun_path, path, len);
    if (path[0] == '@') addr.sun_path[0] = 0;
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    socklen_t alen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + (path[0] == '@' ? 0 : 1));
    ssize_t sent = sendto(fd, state, strlen(state), MSG_NOSIGNAL, (struct sockaddr *)&addr, alen);
    close(fd);
    return sent == (ssize_t)strlen(state) ? 1 : -1;
}

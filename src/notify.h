/* notify.h: tells systemd the kiosk is ready and alive, without libsystemd. */
#ifndef NOTIFY_H
#define NOTIFY_H

/* Sends state ("READY=1\nWATCHDOG=1") to $NOTIFY_SOCKET: 1 sent, 0 not asked for, -1 on failure. */
int notify_systemd(const char *state);

#endif

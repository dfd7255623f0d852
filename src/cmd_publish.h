/*
 * cmd_publish — `attache publish`: a static linked-data site from a graph.
 */
#ifndef ATTACHE_CMD_PUBLISH_H
#define ATTACHE_CMD_PUBLISH_H

/* argv[0] is "publish"; returns the exit status. */
int attache_cmd_publish(int argc, char **argv);

#endif

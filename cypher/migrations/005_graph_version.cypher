// The graph's write version (src/db/graph-version.ts): one node that writers mark around each commit,
// so that readers can tell whether a commit was being applied while they read.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

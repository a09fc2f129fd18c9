#ifdef NEEDS_DEFINE
#include "/work/wt-19/build19/test/lit-tool/tool/Output/compile-db.test.tmp/src/grows.cpp"
#else
#error NEEDS_DEFINE missing
#endif

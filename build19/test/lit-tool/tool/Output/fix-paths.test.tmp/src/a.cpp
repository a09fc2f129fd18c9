#include "../inc/shared.h"
int a(const std::vector<int> &v) { return (int)twice(v).size(); }

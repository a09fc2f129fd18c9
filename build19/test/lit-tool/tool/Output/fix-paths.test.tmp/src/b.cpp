#include "../link/shared.h"
int b(const std::vector<int> &v) { return (int)twice(v).size(); }

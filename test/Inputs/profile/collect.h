// A helper in a user header, inlined into its caller at -O1.
#ifndef COLLECT_H
#define COLLECT_H
#include <vector>

inline void appendSquares(std::vector<long> &Out, int N) {
  for (int I = 0; I < N; ++I)
    Out.push_back(static_cast<long>(I) * I); // line 8: the growth site
}

#endif

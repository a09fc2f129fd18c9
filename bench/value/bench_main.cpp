// The value benchmark: each kernel, with its heap allocations per iteration
// counted by a replaced global operator new.
#include "kernels.h"
#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <new>

static std::atomic<std::uint64_t> Allocations{0};

void *operator new(std::size_t Size) {
  ++Allocations;
  if (void *P = std::malloc(Size ? Size : 1))
    return P;
  throw std::bad_alloc();
}
void operator delete(void *P) noexcept { std::free(P); }
void operator delete(void *P, std::size_t) noexcept { std::free(P); }

namespace {
std::uint32_t Seed = 12345;
std::uint32_t next() { return Seed = Seed * 1664525u + 1013904223u; }

template <typename Fn> void run(benchmark::State &State, Fn Kernel) {
  std::uint64_t Before = Allocations;
  for (auto _ : State)
    benchmark::DoNotOptimize(Kernel());
  State.counters["allocs/iter"] = benchmark::Counter(
      double(Allocations - Before) / double(State.iterations()));
}

void BM_TokenizeRecords(benchmark::State &State) {
  std::vector<std::string> Lines;
  for (int I = 0; I < 2000; ++I)
    Lines.push_back("key" + std::to_string(next() % 1000) + ",kind" +
                    std::to_string(next() % 7) + "," +
                    std::to_string(next() % 10000) + "," +
                    std::to_string(next() % 100));
  run(State, [&] { return tokenizeRecords(Lines); });
}

void BM_GridNeighbours(benchmark::State &State) {
  const int W = 120, H = 80;
  std::vector<std::uint8_t> Grid(W * H);
  for (auto &Cell : Grid)
    Cell = next() % 4 != 0;
  run(State, [&] { return gridNeighbours(Grid, W, H); });
}

void BM_CollectMatches(benchmark::State &State) {
  std::vector<int> Values(20000);
  for (int &V : Values)
    V = static_cast<int>(next() % 1000);
  run(State, [&] { return collectMatches(Values, 700); });
}

void BM_SplitWords(benchmark::State &State) {
  std::vector<std::string> Lines;
  for (int I = 0; I < 2000; ++I) {
    std::string Line;
    for (int W = 0, N = 1 + next() % 8; W < N; ++W)
      Line += (W ? " w" : "w") + std::to_string(next() % 100000);
    Lines.push_back(Line);
  }
  run(State, [&] { return splitWords(Lines); });
}

void BM_FieldWidths(benchmark::State &State) {
  std::vector<std::string> Lines;
  for (int I = 0; I < 2000; ++I) {
    std::string Line;
    for (int F = 0, N = 1 + next() % 8; F < N; ++F)
      Line += (F ? "," : "") + std::to_string(next() % 100000);
    Lines.push_back(Line);
  }
  run(State, [&] { return fieldWidths(Lines); });
}

void BM_TransformPolygons(benchmark::State &State) {
  std::vector<std::vector<Point>> Polygons(500);
  for (auto &Polygon : Polygons)
    for (int I = 0, N = 3 + next() % 20; I < N; ++I)
      Polygon.push_back({double(next() % 1000), double(next() % 1000)});
  run(State, [&] { return transformPolygons(Polygons, 0.5); });
}
} // namespace

BENCHMARK(BM_TokenizeRecords);
BENCHMARK(BM_GridNeighbours);
BENCHMARK(BM_CollectMatches);
BENCHMARK(BM_SplitWords);
BENCHMARK(BM_FieldWidths);
BENCHMARK(BM_TransformPolygons);
BENCHMARK_MAIN();

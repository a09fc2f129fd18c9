// grid_paths.cpp - route planning on a generated warehouse floor: BFS
// reachability from the loading docks, Dijkstra over terrain costs for a batch
// of pick-up requests, and a compressed (CSR) adjacency graph whose connected
// components are counted.
//
// Part of stacklift's end-to-end proof (test/e2e): the input is generated
// deterministically, and main() prints a checksum of everything it computed.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace {

// A 64-bit linear congruential generator (Knuth's MMIX constants).
class Lcg {
public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}

  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }

  // A value in [0, n).
  std::uint32_t below(std::uint32_t n) { return next() % n; }

private:
  std::uint64_t state_;
};

std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  return hash;
}

// The four moves: east, south, west, north.
constexpr int kDx[4] = {1, 0, -1, 0};
constexpr int kDy[4] = {0, 1, 0, -1};

constexpr long kUnreachable = std::numeric_limits<long>::max();

// A rectangular floor plan. Each cell has the cost of entering it (1-9), or
// 0 for a shelf that cannot be crossed.
struct Grid {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> cost;

  int cells() const { return width * height; }
  int index(int x, int y) const { return y * width + x; }
  bool inside(int x, int y) const { return x >= 0 && x < width && y >= 0 && y < height; }
  bool passable(int x, int y) const { return inside(x, y) && cost[index(x, y)] != 0; }
};

Grid make_grid(int width, int height, Lcg &rng) {
  const int cells = width * height;
  std::vector<std::uint8_t> cost;
  for (int c = 0; c < cells; ++c) {
    const std::uint32_t roll = rng.below(100);
    cost.push_back(roll < 24 ? 0 : static_cast<std::uint8_t>(1 + roll % 9));
  }
  // Aisles: every eighth row and column stays clear, so most of the floor is
  // connected.
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      if (x % 8 == 0 || y % 8 == 0)
        cost[static_cast<std::size_t>(y * width + x)] = 1;
  return Grid{width, height, std::move(cost)};
}

// Breadth-first search: the number of moves from `start` to every cell, -1
// where it cannot be reached.
std::vector<int> bfs_distances(const Grid &grid, int start) {
  std::vector<int> dist(static_cast<std::size_t>(grid.cells()), -1);
  std::queue<int> frontier;
  dist[static_cast<std::size_t>(start)] = 0;
  frontier.push(start);
  while (!frontier.empty()) {
    const int cell = frontier.front();
    frontier.pop();
    const int x = cell % grid.width;
    const int y = cell / grid.width;
    std::vector<int> neighbours;
    for (int d = 0; d < 4; ++d) {
      const int nx = x + kDx[d];
      const int ny = y + kDy[d];
      if (grid.passable(nx, ny))
        neighbours.push_back(grid.index(nx, ny));
    }
    for (int next : neighbours) {
      if (dist[static_cast<std::size_t>(next)] < 0) {
        dist[static_cast<std::size_t>(next)] = dist[static_cast<std::size_t>(cell)] + 1;
        frontier.push(next);
      }
    }
  }
  return dist;
}

struct Move {
  int to;    // the cell entered, or -1 when the move is blocked
  long cost; // the cost of entering it
};

Move move_from(const Grid &grid, int cell, int direction) {
  const int x = cell % grid.width + kDx[direction];
  const int y = cell / grid.width + kDy[direction];
  if (!grid.passable(x, y))
    return {-1, 0};
  const int to = grid.index(x, y);
  return {to, grid.cost[static_cast<std::size_t>(to)]};
}

struct Route {
  long cost = kUnreachable;
  std::vector<int> cells; // from source to target, both included
};

// Dijkstra from `source` to `target` over the entry costs of the cells.
Route shortest_route(const Grid &grid, int source, int target) {
  const auto cells = static_cast<std::size_t>(grid.cells());
  std::vector<long> dist(cells, kUnreachable);
  std::vector<int> parent(cells, -1);
  using Entry = std::pair<long, int>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
  dist[static_cast<std::size_t>(source)] = 0;
  open.push({0, source});
  while (!open.empty()) {
    const auto [d, cell] = open.top();
    open.pop();
    if (d != dist[static_cast<std::size_t>(cell)])
      continue;
    if (cell == target)
      break;
    std::vector<Move> moves;
    for (int direction = 0; direction < 4; ++direction)
      moves.push_back(move_from(grid, cell, direction));
    for (const Move &move : moves) {
      if (move.to < 0)
        continue;
      const long candidate = d + move.cost;
      if (candidate < dist[static_cast<std::size_t>(move.to)]) {
        dist[static_cast<std::size_t>(move.to)] = candidate;
        parent[static_cast<std::size_t>(move.to)] = cell;
        open.push({candidate, move.to});
      }
    }
  }

  Route route;
  if (dist[static_cast<std::size_t>(target)] == kUnreachable)
    return route;
  route.cost = dist[static_cast<std::size_t>(target)];
  for (int cell = target; cell != -1; cell = parent[static_cast<std::size_t>(cell)])
    route.cells.push_back(cell);
  std::reverse(route.cells.begin(), route.cells.end());
  return route;
}

// The floor as a graph in compressed sparse row form: the neighbours of cell
// c are targets[offsets[c]] .. targets[offsets[c + 1] - 1].
struct Graph {
  std::vector<int> offsets;
  std::vector<int> targets;
};

Graph build_graph(const Grid &grid) {
  std::vector<std::vector<int>> adjacency(static_cast<std::size_t>(grid.cells()));
  for (int y = 0; y < grid.height; ++y) {
    for (int x = 0; x < grid.width; ++x) {
      if (!grid.passable(x, y))
        continue;
      for (int d = 0; d < 4; ++d)
        if (grid.passable(x + kDx[d], y + kDy[d]))
          adjacency[static_cast<std::size_t>(grid.index(x, y))].push_back(
              grid.index(x + kDx[d], y + kDy[d]));
    }
  }

  std::vector<int> offsets;
  int total = 0;
  for (const std::vector<int> &list : adjacency) {
    offsets.push_back(total);
    total += static_cast<int>(list.size());
  }
  offsets.push_back(total);

  std::vector<int> targets;
  targets.reserve(static_cast<std::size_t>(total));
  for (const std::vector<int> &list : adjacency)
    targets.insert(targets.end(), list.begin(), list.end());
  return Graph{std::move(offsets), std::move(targets)};
}

// Sizes of the connected components of the passable cells, largest first.
std::vector<int> component_sizes(const Grid &grid, const Graph &graph) {
  const auto cells = static_cast<std::size_t>(grid.cells());
  std::vector<char> seen(cells, 0);
  std::vector<int> sizes;
  std::vector<int> stack;
  for (std::size_t start = 0; start < cells; ++start) {
    if (seen[start] || grid.cost[start] == 0)
      continue;
    int size = 0;
    seen[start] = 1;
    stack.push_back(static_cast<int>(start));
    while (!stack.empty()) {
      const int cell = stack.back();
      stack.pop_back();
      ++size;
      const auto begin = static_cast<std::size_t>(graph.offsets[static_cast<std::size_t>(cell)]);
      const auto end = static_cast<std::size_t>(graph.offsets[static_cast<std::size_t>(cell) + 1]);
      for (std::size_t e = begin; e < end; ++e) {
        const auto next = static_cast<std::size_t>(graph.targets[e]);
        if (!seen[next]) {
          seen[next] = 1;
          stack.push_back(static_cast<int>(next));
        }
      }
    }
    sizes.push_back(size);
  }
  std::sort(sizes.begin(), sizes.end(), std::greater<int>());
  return sizes;
}

int random_open_cell(const Grid &grid, Lcg &rng) {
  while (true) {
    const int cell = static_cast<int>(rng.below(static_cast<std::uint32_t>(grid.cells())));
    if (grid.cost[static_cast<std::size_t>(cell)] != 0)
      return cell;
  }
}

constexpr int kRequests = 24;

struct Dispatch {
  long total_cost = 0;
  std::size_t total_steps = 0;
  int unreachable = 0;
  std::uint64_t hash = 0;
};

// Routes a batch of pick-up requests, each from a shelf to a packing station.
Dispatch dispatch_requests(const Grid &grid, Lcg &rng) {
  std::vector<std::pair<int, int>> requests;
  for (int r = 0; r < kRequests; ++r) {
    const int from = random_open_cell(grid, rng);
    const int to = random_open_cell(grid, rng);
    requests.emplace_back(from, to);
  }

  Dispatch dispatch;
  for (const auto &[from, to] : requests) {
    const Route route = shortest_route(grid, from, to);
    if (route.cells.empty()) {
      ++dispatch.unreachable;
      continue;
    }
    dispatch.total_cost += route.cost;
    dispatch.total_steps += route.cells.size() - 1;
    for (int cell : route.cells)
      dispatch.hash = mix(dispatch.hash, static_cast<std::uint64_t>(cell));
  }
  return dispatch;
}

// For each loading dock, how many cells a forklift can reach from it, and the
// sum of their distances.
std::vector<std::pair<int, long>> dock_coverage(const Grid &grid,
                                                const std::array<int, 4> &docks) {
  std::vector<std::pair<int, long>> coverage;
  for (int dock : docks) {
    const std::vector<int> dist = bfs_distances(grid, dock);
    int reached = 0;
    long sum = 0;
    for (int d : dist) {
      if (d >= 0) {
        ++reached;
        sum += d;
      }
    }
    coverage.emplace_back(reached, sum);
  }
  return coverage;
}

} // namespace

int main() {
  Lcg rng(424242);
  const Grid grid = make_grid(161, 97, rng);

  const std::array<int, 4> docks = {grid.index(0, 0), grid.index(grid.width - 1, 0),
                                    grid.index(0, grid.height - 1),
                                    grid.index(grid.width - 1, grid.height - 1)};
  const std::vector<std::pair<int, long>> coverage = dock_coverage(grid, docks);

  const Graph graph = build_graph(grid);
  const std::vector<int> sizes = component_sizes(grid, graph);

  const Dispatch dispatch = dispatch_requests(grid, rng);

  std::uint64_t checksum = 0;
  for (const auto &[reached, sum] : coverage) {
    checksum = mix(checksum, static_cast<std::uint64_t>(reached));
    checksum = mix(checksum, static_cast<std::uint64_t>(sum));
  }
  for (int size : sizes)
    checksum = mix(checksum, static_cast<std::uint64_t>(size));
  checksum = mix(checksum, graph.targets.size());
  checksum = mix(checksum, dispatch.hash);
  checksum = mix(checksum, static_cast<std::uint64_t>(dispatch.total_cost));

  std::printf("grid %dx%d: %zu edges, %zu components, largest %d cells\n", grid.width,
              grid.height, graph.targets.size(), sizes.size(), sizes.empty() ? 0 : sizes.front());
  std::printf("docks reach %d/%d/%d/%d cells\n", coverage[0].first, coverage[1].first,
              coverage[2].first, coverage[3].first);
  std::printf("requests: %d routed, %d unreachable, total cost %ld, %zu steps\n",
              kRequests - dispatch.unreachable, dispatch.unreachable, dispatch.total_cost,
              dispatch.total_steps);
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(checksum));
  return 0;
}

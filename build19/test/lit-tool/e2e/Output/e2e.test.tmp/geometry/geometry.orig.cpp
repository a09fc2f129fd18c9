// geometry.cpp - lays out a scene of polygons: places and rotates them,
// checks which fit on the sheet, clips them to the viewport, triangulates
// them and rates the triangles, and computes the convex hull of everything.
//
// Part of stacklift's end-to-end proof (test/e2e): the input is generated
// deterministically, and main() prints a checksum of everything it computed.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
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

  // A value in [lo, hi), on a grid of 1/4096.
  double uniform(double lo, double hi) { return lo + (hi - lo) * below(4096) / 4096.0; }

private:
  std::uint64_t state_;
};

constexpr double kPi = 3.14159265358979323846;

struct Vec2 {
  double x;
  double y;
};

Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
Vec2 operator*(double s, Vec2 v) { return {s * v.x, s * v.y}; }
bool operator<(Vec2 a, Vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
double cross(Vec2 o, Vec2 a, Vec2 b) { return cross(a - o, b - o); }
double length(Vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

using Polygon = std::vector<Vec2>;

// x' = a x + b y + tx, y' = c x + d y + ty
struct Affine {
  double a, b, c, d, tx, ty;

  Vec2 apply(Vec2 p) const { return {a * p.x + b * p.y + tx, c * p.x + d * p.y + ty}; }

  static Affine place(Vec2 at, double angle, double scale) {
    const double cs = scale * std::cos(angle);
    const double sn = scale * std::sin(angle);
    return {cs, -sn, sn, cs, at.x, at.y};
  }
};

struct Box {
  Vec2 lo;
  Vec2 hi;

  bool contains(Vec2 p) const { return p.x >= lo.x && p.x <= hi.x && p.y >= lo.y && p.y <= hi.y; }
  double area() const { return (hi.x - lo.x) * (hi.y - lo.y); }
};

// A regular polygon around the origin, its vertices pushed in or out a little.
Polygon jittered_polygon(int sides, double radius, Lcg &rng) {
  Polygon polygon;
  for (int i = 0; i < sides; ++i) {
    const double angle = 2 * kPi * i / sides;
    const double r = radius * rng.uniform(0.8, 1.2);
    polygon.push_back({r * std::cos(angle), r * std::sin(angle)});
  }
  return polygon;
}

Polygon transformed(const Polygon &polygon, const Affine &m) {
  Polygon out;
  for (const Vec2 &p : polygon)
    out.push_back(m.apply(p));
  return out;
}

Box bounds(const Polygon &polygon) {
  Box box{polygon.front(), polygon.front()};
  for (const Vec2 &p : polygon) {
    box.lo = {std::min(box.lo.x, p.x), std::min(box.lo.y, p.y)};
    box.hi = {std::max(box.hi.x, p.x), std::max(box.hi.y, p.y)};
  }
  return box;
}

// Shoelace formula; positive for counter-clockwise polygons.
double signed_area(const Polygon &polygon) {
  double twice = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i)
    twice += cross(polygon[i], polygon[(i + 1) % polygon.size()]);
  return twice / 2;
}

double perimeter(const Polygon &polygon) {
  double total = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i)
    total += length(polygon[(i + 1) % polygon.size()] - polygon[i]);
  return total;
}

// Whether the part, with its axis-aligned bounding box `local` in its own
// coordinates, still fits on the sheet once placed by `m`: all four corners of
// the box must land on it.
bool fits_on_sheet(const Box &local, const Affine &m, const Box &sheet) {
  const Vec2 box_corners[4] = {local.lo, {local.hi.x, local.lo.y}, local.hi,
                               {local.lo.x, local.hi.y}};
  std::vector<Vec2> placed;
  for (const Vec2 &corner : box_corners)
    placed.push_back(m.apply(corner));
  return std::all_of(placed.begin(), placed.end(),
                     [&sheet](Vec2 p) { return sheet.contains(p); });
}

// Sutherland-Hodgman clipping of a convex or concave polygon against a box.
Polygon clip_to_box(const Polygon &subject, const Box &box) {
  Polygon output = subject;
  for (int edge = 0; edge < 4; ++edge) {
    const Polygon input = output;
    output.clear();
    if (input.empty())
      break;
    // Signed distance inside the current edge; >= 0 is kept.
    auto inside = [&](Vec2 p) {
      switch (edge) {
      case 0:
        return p.x - box.lo.x;
      case 1:
        return box.hi.x - p.x;
      case 2:
        return p.y - box.lo.y;
      default:
        return box.hi.y - p.y;
      }
    };
    Vec2 previous = input.back();
    for (const Vec2 &current : input) {
      const double dc = inside(current);
      const double dp = inside(previous);
      if ((dc >= 0) != (dp >= 0))
        output.push_back(previous + (dp / (dp - dc)) * (current - previous));
      if (dc >= 0)
        output.push_back(current);
      previous = current;
    }
  }
  return output;
}

struct Triangle {
  Vec2 a, b, c;
};

// Fan triangulation; right for the convex and star-shaped parts of the scene.
std::vector<Triangle> triangulate(const Polygon &polygon) {
  std::vector<Triangle> triangles;
  for (std::size_t i = 2; i < polygon.size(); ++i)
    triangles.push_back({polygon[0], polygon[i - 1], polygon[i]});
  return triangles;
}

// Mesh quality: the ratio of the inscribed to the circumscribed circle's
// radius, times two; 1 for an equilateral triangle, 0 for a degenerate one.
double quality(const Triangle &t) {
  const Vec2 corners[3] = {t.a, t.b, t.c};
  std::vector<double> edges;
  for (int k = 0; k < 3; ++k)
    edges.push_back(length(corners[(k + 1) % 3] - corners[k]));
  std::sort(edges.begin(), edges.end());
  const double s = (edges[0] + edges[1] + edges[2]) / 2;
  const double area_squared = s * (s - edges[0]) * (s - edges[1]) * (s - edges[2]);
  if (area_squared <= 0 || edges[0] == 0)
    return 0;
  const double area = std::sqrt(area_squared);
  const double inradius = area / s;
  const double circumradius = edges[0] * edges[1] * edges[2] / (4 * area);
  return 2 * inradius / circumradius;
}

// Andrew's monotone chain; counter-clockwise, without collinear points.
Polygon convex_hull(std::vector<Vec2> points) {
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end(),
                           [](Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }),
               points.end());
  if (points.size() < 3)
    return points;
  Polygon hull;
  for (const Vec2 &p : points) {
    while (hull.size() >= 2 && cross(hull[hull.size() - 2], hull.back(), p) <= 0)
      hull.pop_back();
    hull.push_back(p);
  }
  const std::size_t lower = hull.size() + 1;
  for (auto it = points.rbegin() + 1; it != points.rend(); ++it) {
    while (hull.size() >= lower && cross(hull[hull.size() - 2], hull.back(), *it) <= 0)
      hull.pop_back();
    hull.push_back(*it);
  }
  hull.pop_back();
  return hull;
}

std::int64_t quantise(double value) { return std::llround(value * 1e6); }

std::uint64_t mix(std::uint64_t hash, std::int64_t value) {
  hash ^= static_cast<std::uint64_t>(value) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  return hash;
}

struct Part {
  Polygon shape; // in its own coordinates
  Affine placement;
};

std::vector<Part> make_scene(std::size_t count, Lcg &rng) {
  std::vector<Part> parts;
  for (std::size_t i = 0; i < count; ++i) {
    const int sides = 3 + static_cast<int>(rng.below(10));
    const double radius = rng.uniform(1.0, 6.0);
    Polygon shape = jittered_polygon(sides, radius, rng);
    const double x = rng.uniform(-10.0, 110.0);
    const double y = rng.uniform(-10.0, 80.0);
    const double angle = rng.uniform(0.0, 2 * kPi);
    const double scale = rng.uniform(0.5, 1.5);
    parts.push_back({std::move(shape), Affine::place({x, y}, angle, scale)});
  }
  return parts;
}

} // namespace

int main() {
  Lcg rng(7919);
  const std::vector<Part> scene = make_scene(2500, rng);
  const Box sheet{{0, 0}, {100, 70}};

  std::uint64_t checksum = 0;
  std::size_t fitting = 0;
  std::size_t triangle_count = 0;
  double total_area = 0;
  double clipped_area = 0;
  double total_perimeter = 0;
  double worst_quality = 1;
  double quality_sum = 0;
  std::vector<Vec2> all_vertices;
  for (const Part &part : scene) {
    const Polygon placed = transformed(part.shape, part.placement);
    if (fits_on_sheet(bounds(part.shape), part.placement, sheet))
      ++fitting;
    total_area += signed_area(placed);
    total_perimeter += perimeter(placed);

    const Polygon clipped = clip_to_box(placed, sheet);
    if (clipped.size() >= 3)
      clipped_area += signed_area(clipped);
    for (const Triangle &triangle : triangulate(clipped)) {
      const double q = quality(triangle);
      worst_quality = std::min(worst_quality, q);
      quality_sum += q;
      ++triangle_count;
      checksum = mix(checksum, quantise(q));
    }
    for (const Vec2 &v : placed)
      all_vertices.push_back(v);
  }

  const Polygon hull = convex_hull(all_vertices);
  for (const Vec2 &v : hull) {
    checksum = mix(checksum, quantise(v.x));
    checksum = mix(checksum, quantise(v.y));
  }
  checksum = mix(checksum, quantise(total_area));
  checksum = mix(checksum, quantise(clipped_area));
  checksum = mix(checksum, quantise(total_perimeter));

  std::printf("parts: %zu, %zu fit on the sheet, area %.3f (%.3f on the sheet), perimeter %.3f\n",
              scene.size(), fitting, total_area, clipped_area, total_perimeter);
  std::printf("triangles: %zu, mean quality %.4f, worst %.4f\n", triangle_count,
              triangle_count ? quality_sum / static_cast<double>(triangle_count) : 0.0,
              worst_quality);
  std::printf("hull: %zu vertices, area %.3f, bounds %.3f\n", hull.size(), signed_area(hull),
              bounds(hull).area());
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(checksum));
  return 0;
}

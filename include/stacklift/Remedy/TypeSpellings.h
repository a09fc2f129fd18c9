//===- TypeSpellings.h - Where a vector's types are pinned ------*- C++ -*-===//
//
// checkTypeChange looks at each use of a vector. The values those uses make
// carry the vector's type further: `v.begin()` is a
// `std::vector<int>::iterator`, and code that spells that type, or hands
// the value to something that expects exactly it, stops compiling when `v`
// becomes a `static_vector<int, 4>` or a `std::array<int, 4>`, whose
// iterators are other types. This analysis finds those places.
//
// Model. The vector's iterator types are the canonical types of its member
// typedefs `iterator`, `const_iterator`, `reverse_iterator` and
// `const_reverse_iterator`. In the function that declares the vector (its
// lambdas included, template instantiations not):
//
//   refused (the witness)                    kept
//   ---------------------------------------  -------------------------------
//   std::vector<int>::const_iterator it       auto it = v.begin();
//     = v.begin();  (a written type that     std::vector<int>::size_type n
//     names an iterator type, through any      = v.size();  (std::size_t
//     typedef or template argument)            whatever the container)
//   typedef std::vector<int>::iterator It;   std::sort(v.begin(), v.end())
//   take(v.begin()), take a function whose   (a template deduces the new
//     parameter's type is written            type)
//   it.base(): a named member of the         *it, ++it, it->x, it == end:
//     iterator class                         operators
//   return v.begin();                        v.insert(v.end(), x)
//   v.begin() == w.begin(), w another
//     vector of the same type: when v's
//     iterators reach the function and an
//     iterator of the same type comes from
//     elsewhere (w, a parameter, a member)
//
// A use in `decltype` is refused by checkTypeChange itself (the reference
// has no statement above it). A vector whose iterators are not classes (a
// configured class with `T *` iterators) has only its spelled member
// typedefs (`Vec<int>::iterator`) refused: a plain `int *` cannot be told
// from `v.data()`'s.
//
// It errs towards "refused": a written type that names the iterator type of
// another vector of the same type refuses the change too.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_TYPESPELLINGS_H
#define STACKLIFT_REMEDY_TYPESPELLINGS_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Remedy/TypeCompatibility.h"
#include "clang/AST/Decl.h"

namespace stacklift {

/// The first place, in traversal order, where code in \p Var's function
/// depends on the exact iterator types of \p Var's class; compatible when
/// there is none.
CompatibilityResult checkTypeSpellings(const clang::VarDecl *Var,
                                       const FunctionIndex &Fn);

} // namespace stacklift

#endif // STACKLIFT_REMEDY_TYPESPELLINGS_H

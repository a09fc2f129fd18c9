//===- TypeChangeFix.h - Fix-its that change a vector's type ----*- C++ -*-===//
//
// The fix-its of the type-changing remedies: `std::vector<T> v;` becomes
// `Template<T, N> v;`, and the template's header is included once, among the
// file's other #include lines. Built from source text: the element type is
// copied as the user wrote it. No fix where the declaration's type is not a
// plain `vector<T>` spelled in the file (an alias, `auto`, an allocator
// argument, a macro), or where one declaration declares several variables.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DIAG_TYPECHANGEFIX_H
#define STACKLIFT_DIAG_TYPECHANGEFIX_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>
#include <vector>

namespace stacklift {

/// The fix-its that turn \p Var's type into `Template<element, Capacity>`
/// and include \p Header (`<...>` or `"..."`; empty: none) in the file of
/// \p Var's declaration unless it is already included there, placed as
/// \p IncludeStyle ("llvm" or "google") orders includes. std::nullopt when
/// the declaration cannot be rewritten from its source text. \p Fn indexes
/// the function that declares \p Var.
std::optional<std::vector<clang::FixItHint>>
typeChangeFix(const clang::VarDecl *Var, llvm::StringRef Template,
              uint64_t Capacity, llvm::StringRef Header,
              llvm::StringRef IncludeStyle, const FunctionIndex &Fn);

/// The fix-its that make each of \p Returns, `return v;` statements of
/// \p Var (returnsOfItself), return a copy of it into its declared type:
/// `return std::vector<T>(v.begin(), v.end());`, the type as the
/// declaration spells it; with \p Move, the elements are moved
/// (`std::make_move_iterator(v.begin())`). std::nullopt when the type is not
/// spelled in the file or a returned expression is in a macro.
std::optional<std::vector<clang::FixItHint>>
returnCopyFixes(const clang::VarDecl *Var,
                llvm::ArrayRef<const clang::ReturnStmt *> Returns, bool Move,
                const FunctionIndex &Fn);

/// The fix-it that includes \p Header in \p File, placed as
/// includeInsertionOffset says; std::nullopt when the file includes it
/// already or cannot be read.
std::optional<clang::FixItHint> includeFix(clang::FileID File,
                                           llvm::StringRef Header,
                                           llvm::StringRef IncludeStyle,
                                           const clang::SourceManager &SM);

/// The source text of \p Var's declared type, when it is written in the
/// file (not in a macro): `std::vector<int>`.
std::optional<std::string> declaredTypeText(const clang::VarDecl *Var,
                                            const clang::ASTContext &Ctx);

/// Where in \p FileText a new `#include Header` line goes: before the first
/// #include of the same block that sorts after it, else after the last
/// #include of that block, else after the last #include, else at the start.
/// The blocks: quoted headers and angled headers ("llvm"); "google" also
/// puts the C++ standard library (no extension) in a block of its own.
/// std::nullopt when the file includes \p Header already.
std::optional<size_t> includeInsertionOffset(llvm::StringRef FileText,
                                             llvm::StringRef Header,
                                             llvm::StringRef Style);

} // namespace stacklift

#endif // STACKLIFT_DIAG_TYPECHANGEFIX_H

# Loads every CSV of a dataset folder in R, each column with its declared type, and prints it as JSON Lines.
# Usage: Rscript load_r.R SPEC.tsv read.csv|readr
# Prints one object per table: {"table", "types": {column: class}, "rows": [[value as text or null]]}.
args <- commandArgs(trailingOnly = TRUE)
reader <- args[2]
spec <- read.delim(args[1], colClasses = "character", na.strings = character(0), quote = "", encoding = "UTF-8")

esc <- function(x) {
  x <- gsub("\\", "\\\\", x, fixed = TRUE)
  x <- gsub("\"", "\\\"", x, fixed = TRUE)
  x <- gsub("\n", "\\n", x, fixed = TRUE)
  x <- gsub("\r", "\\r", x, fixed = TRUE)
  x <- gsub("\t", "\\t", x, fixed = TRUE)
  for (code in c(1:8, 11, 12, 14:31)) x <- gsub(intToUtf8(code), sprintf("\\u%04x", code), x, fixed = TRUE)
  x
}
js <- function(v) ifelse(is.na(v), "null", paste0("\"", esc(v), "\""))

as_text <- function(x, kind) {
  if (kind == "number") return(ifelse(is.na(x), NA, sprintf("%.17g", x)))
  if (kind == "date") return(format(x, "%Y-%m-%d"))
  if (kind == "datetime") return(format(x, "%Y-%m-%dT%H:%M:%SZ", tz = "UTC"))
  as.character(x)
}

load <- function(path, columns, kinds) {
  if (reader == "readr") {
    suppressPackageStartupMessages(library(readr))
    collectors <- lapply(kinds, function(k) switch(k,
      integer = col_integer(), number = col_double(), date = col_date(format = "%Y-%m-%d"),
      datetime = col_datetime(format = "%Y-%m-%dT%H:%M:%SZ"), col_character()))
    names(collectors) <- columns
    d <- read_csv(path, col_types = do.call(readr::cols, collectors), na = "", trim_ws = FALSE,
                  locale = locale(encoding = "UTF-8"), progress = FALSE)
    return(as.data.frame(d))
  }
  classes <- c(string = "character", integer = "integer", number = "numeric", date = "Date", datetime = "character")
  d <- read.csv(path, colClasses = unname(classes[kinds]), na.strings = "", fileEncoding = "UTF-8", encoding = "UTF-8",
                check.names = FALSE, stringsAsFactors = FALSE)
  for (i in which(kinds == "datetime")) d[[i]] <- as.POSIXct(d[[i]], format = "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")
  d
}

for (table in unique(spec$table)) {
  s <- spec[spec$table == table, ]
  d <- load(s$path[1], s$column, s$type)
  if (!identical(names(d), s$column)) stop(paste(table, ": columns", paste(names(d), collapse = ","), "are not the declared ones"))
  types <- paste0("\"", s$column, "\":\"", vapply(d, function(x) class(x)[1], ""), "\"", collapse = ",")
  values <- lapply(seq_along(s$column), function(i) js(as_text(d[[i]], s$type[i])))
  rows <- if (nrow(d) == 0) character(0) else do.call(paste, c(values, sep = ","))
  cat("{\"table\":\"", table, "\",\"types\":{", types, "},\"rows\":[",
      paste0("[", rows, "]", collapse = ","), "]}\n", sep = "")
}

// 24×24 single-path icons (drawn with DOM calls by shared/icon.ts).
export const CLOSE =
  "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z";
export const SEND = "M3 20.5 21.5 12 3 3.5V10l12 2-12 2z";
export const DOC =
  "M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5zM8 13h8v1.5H8zm0 4h8v1.5H8z";
export const CALENDAR =
  "M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2zM5 9v11h14V9zm2 2h4v4H7z";
export const DOWN = "M12 16.5 5 9.5 6.4 8.1l5.6 5.6 5.6-5.6L19 9.5z";

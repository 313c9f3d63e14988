export const briefPaths = {
  list: '/briefs',
  view: (id: string) => `/briefs/${id}`,
}

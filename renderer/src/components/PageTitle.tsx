import { Title2 } from '@fluentui/react-components'

export function PageTitle({ children }: { children: string }) {
  return <Title2 as="h1">{children}</Title2>
}

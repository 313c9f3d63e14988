// Countries, organisations and people: one tab each, the chosen tab kept in the URL (?tab=) so
// Back and links from record pages return to it.
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageTitle } from '../../components/PageTitle'
import { CountryList } from './CountryList'
import { OrganisationList } from './OrganisationList'
import { registryTabs, type RegistryTab } from './paths'
import { PeopleList } from './PeopleList'

const lists: Record<RegistryTab, () => React.ReactElement> = {
  countries: CountryList,
  organisations: OrganisationList,
  people: PeopleList,
}

const isTab = (value: string | null): value is RegistryTab => (registryTabs as readonly (string | null)[]).includes(value)

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export function OrganisationsPage() {
  const { t } = useTranslation('registry')
  const styles = useStyles()
  const [params, setParams] = useSearchParams()
  const requested = params.get('tab')
  const tab: RegistryTab = isTab(requested) ? requested : 'organisations'
  const List = lists[tab]
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setParams({ tab: String(d.value) })}>
        {registryTabs.map((value) => (
          <Tab key={value} id={`registry-tab-${value}`} value={value} aria-controls={value === tab ? 'registry-tabpanel' : undefined}>
            {t(`organisations.${value}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="registry-tabpanel" aria-labelledby={`registry-tab-${tab}`} className={styles.panel}>
        {/* Keyed: each list reads its own filter and starts afresh when the tab changes. */}
        <List key={tab} />
      </div>
    </>
  )
}

import { Module } from '@nestjs/common';
import { CatalogueContextService } from './catalogue-context.service';
import { OfferImportService } from './offer-import.service';
import { OfferSearchService } from './offer-search.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';

/** The course catalogue: offers, sessions, search, coverage, spreadsheet import and export. */
@Module({
  controllers: [OffersController],
  providers: [CatalogueContextService, OffersService, OfferSearchService, OfferImportService],
  exports: [CatalogueContextService, OffersService, OfferSearchService],
})
export class CatalogueModule {}
